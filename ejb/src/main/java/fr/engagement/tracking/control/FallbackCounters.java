package fr.engagement.tracking.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The grid's counters, with this JVM's as a stand-in while the grid fails (a member leaving, a partition
 * migrating): a redirect must never fail because a counter could not be read. The failure is logged at most once
 * a minute; each call tries the grid again.
 */
public final class FallbackCounters implements SharedCounters {

    private static final Logger LOG = Logger.getLogger(FallbackCounters.class.getName());
    private static final long LOG_EVERY_MILLIS = Duration.ofMinutes(1).toMillis();

    private final SharedCounters primary;
    private final SharedCounters fallback;
    private final Clock clock;
    private final AtomicLong nextLog = new AtomicLong();

    public FallbackCounters(SharedCounters primary, SharedCounters fallback, Clock clock) {
        this.primary = primary;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public long increment(String key, Duration ttl) {
        return call(() -> primary.increment(key, ttl), () -> fallback.increment(key, ttl));
    }

    @Override
    public Optional<String> putIfAbsent(String key, String value, Duration ttl) {
        return call(() -> primary.putIfAbsent(key, value, ttl), () -> fallback.putIfAbsent(key, value, ttl));
    }

    @Override
    public void remove(String key) {
        call(() -> {
            primary.remove(key);
            return null;
        }, () -> {
            fallback.remove(key);
            return null;
        });
    }

    private <T> T call(Supplier<T> grid, Supplier<T> local) {
        try {
            return grid.get();
        } catch (RuntimeException e) {
            long now = clock.millis();
            long due = nextLog.get();
            if (now >= due && nextLog.compareAndSet(due, now + LOG_EVERY_MILLIS)) {
                LOG.log(Level.WARNING, "Data grid unavailable: tracking counters in this instance meanwhile", e);
            }
            return local.get();
        }
    }
}
