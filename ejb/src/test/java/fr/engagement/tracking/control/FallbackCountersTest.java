package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FallbackCountersTest {

    /** A grid that fails while {@code down}. */
    static final class FlakyGrid implements SharedCounters {
        boolean down;
        final LocalCounters store = new LocalCounters(new LocalCountersTest.MovingClock());

        @Override
        public long increment(String key, Duration ttl) {
            check();
            return store.increment(key, ttl);
        }

        @Override
        public Optional<String> putIfAbsent(String key, String value, Duration ttl) {
            check();
            return store.putIfAbsent(key, value, ttl);
        }

        @Override
        public void remove(String key) {
            check();
            store.remove(key);
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("Hazelcast instance is not active!");
            }
        }
    }

    @Test
    void whileTheGridFailsThisInstanceCountsThenTheGridAgain() {
        LocalCountersTest.MovingClock clock = new LocalCountersTest.MovingClock();
        FlakyGrid grid = new FlakyGrid();
        FallbackCounters counters = new FallbackCounters(grid, new LocalCounters(clock), clock);
        Duration ttl = Duration.ofMinutes(1);
        assertThat(counters.increment("k", ttl)).isEqualTo(1);
        grid.down = true;
        assertThat(counters.increment("k", ttl)).as("local stand-in").isEqualTo(1);
        assertThat(counters.putIfAbsent("c", "id", ttl)).isEmpty();
        counters.remove("c");
        grid.down = false;
        assertThat(counters.increment("k", ttl)).as("back to the grid's count").isEqualTo(2);
    }
}
