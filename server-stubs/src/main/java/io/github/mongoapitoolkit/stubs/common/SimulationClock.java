package io.github.mongoapitoolkit.stubs.common;

/** Time as the simulation sees it, in milliseconds from an arbitrary origin. */
public interface SimulationClock {

    long millis();
}
