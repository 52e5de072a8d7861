package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TtlCacheTest {

    @Test
    void valuesAndAbsencesAreCachedForTheirLifetime() {
        LocalCountersTest.MovingClock clock = new LocalCountersTest.MovingClock();
        TtlCache<String, String> cache = new TtlCache<>(clock, Duration.ofMinutes(1), 10);
        AtomicInteger loads = new AtomicInteger();
        assertThat(cache.get("a", k -> { loads.incrementAndGet(); return Optional.of("A"); })).contains("A");
        assertThat(cache.get("a", k -> { loads.incrementAndGet(); return Optional.of("B"); })).contains("A");
        assertThat(cache.get("none", k -> { loads.incrementAndGet(); return Optional.empty(); })).isEmpty();
        assertThat(cache.get("none", k -> { loads.incrementAndGet(); return Optional.of("X"); })).isEmpty();
        assertThat(loads).hasValue(2);
        clock.millis += 60_000;
        assertThat(cache.get("a", k -> Optional.of("B"))).contains("B");
    }
}
