package fr.engagement.it.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Test-only replacement of the application's clock: the real time in Paris (as {@code ClockProducer} gives), shifted
 * by an offset a test may set to see what happens later (a mail retried after its back-off) without waiting for it.
 */
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    private static final Clock CLOCK = new ShiftedClock(ZoneId.of("Europe/Paris"));

    @Produces
    Clock clock() {
        return CLOCK;
    }

    /** Moves the application's time forward; {@link #reset()} brings it back. */
    public static void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    static final class ShiftedClock extends Clock {

        private final ZoneId zone;

        ShiftedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new ShiftedClock(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
