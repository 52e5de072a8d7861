package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalCountersTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        long millis = 1_764_000_000_000L;

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return Instant.ofEpochMilli(millis); }
        @Override public long millis() { return millis; }
    }

    private final MovingClock clock = new MovingClock();
    private final LocalCounters counters = new LocalCounters(clock);

    @Test
    void aCounterCountsUntilItExpiresThenStartsAgain() {
        assertThat(counters.increment("k", Duration.ofSeconds(10))).isEqualTo(1);
        assertThat(counters.increment("k", Duration.ofSeconds(10))).isEqualTo(2);
        assertThat(counters.increment("other", Duration.ofSeconds(10))).isEqualTo(1);
        clock.millis += 10_000;
        assertThat(counters.increment("k", Duration.ofSeconds(10))).isEqualTo(1);
    }

    @Test
    void aKeyKeepsItsFirstValueForItsLifetime() {
        assertThat(counters.putIfAbsent("click", "first", Duration.ofMinutes(5))).isEmpty();
        clock.millis += 299_000;
        assertThat(counters.putIfAbsent("click", "second", Duration.ofMinutes(5))).contains("first");
        clock.millis += 1_000;
        assertThat(counters.putIfAbsent("click", "third", Duration.ofMinutes(5))).isEmpty();
        counters.remove("click");
        assertThat(counters.putIfAbsent("click", "fourth", Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void expiredEntriesAreSwept() {
        for (int i = 0; i < 100; i++) {
            counters.increment("ip:" + i, Duration.ofSeconds(1));
        }
        clock.millis += LocalCounters.SWEEP_EVERY.toMillis() + 1;
        counters.increment("late", Duration.ofSeconds(1));
        assertThat(counters.size()).isEqualTo(1);
    }

    @Test
    void theLimiterLetsTheLimitThroughPerFixedWindowWithItsHeaders() {
        Duration minute = Duration.ofMinutes(1);
        long start = 1_764_000_000_000L / 60_000 * 60_000; // the start of a window
        clock.millis = start + 5_000;
        RateLimiter.Decision last = null;
        for (int i = 1; i <= 3; i++) {
            last = RateLimiter.Window.of(clock.millis, minute).decide(counters, "p:x", 3);
            assertThat(last.allowed()).isTrue();
            assertThat(last.remaining()).isEqualTo(3 - i);
        }
        RateLimiter.Decision refused = RateLimiter.Window.of(clock.millis, minute).decide(counters, "p:x", 3);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.resetEpochSeconds()).isEqualTo((start + 60_000) / 1000);
        assertThat(refused.retryAfterSeconds(clock.millis)).isEqualTo(55);
        assertThat(RateLimiter.Window.of(clock.millis, minute).decide(counters, "p:y", 3).allowed())
                .as("another key has its own count").isTrue();
        clock.millis = start + 60_000;
        assertThat(RateLimiter.Window.of(clock.millis, minute).decide(counters, "p:x", 3).remaining())
                .as("the next window starts anew").isEqualTo(2);
    }
}
