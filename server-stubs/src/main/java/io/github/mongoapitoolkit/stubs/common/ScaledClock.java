package io.github.mongoapitoolkit.stubs.common;

/** Wall-clock time sped up by a factor, so that a simulated sync does not take real minutes. */
public final class ScaledClock implements SimulationClock {

    private final long origin = System.nanoTime();
    private final double speed;

    public ScaledClock(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("clock speed must be positive: " + speed);
        }
        this.speed = speed;
    }

    @Override
    public long millis() {
        return (long) ((System.nanoTime() - origin) / 1_000_000.0 * speed);
    }
}
