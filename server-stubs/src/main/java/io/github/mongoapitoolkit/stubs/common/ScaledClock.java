package io.github.mongoapitoolkit.stubs.common;

/**
 * Wall-clock time sped up by a factor, so that a simulated sync does not take real minutes, plus
 * whatever the admin API has moved it on by.
 */
public final class ScaledClock implements AdjustableClock {

    private final long origin = System.nanoTime();
    private final double speed;
    private final java.util.concurrent.atomic.AtomicLong advancedMillis = new java.util.concurrent.atomic.AtomicLong();

    public ScaledClock(double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("clock speed must be positive: " + speed);
        }
        this.speed = speed;
    }

    @Override
    public long millis() {
        return (long) ((System.nanoTime() - origin) / 1_000_000.0 * speed) + advancedMillis.get();
    }

    @Override
    public void advance(java.time.Duration duration) {
        advancedMillis.addAndGet(duration.toMillis());
    }
}
