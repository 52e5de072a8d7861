package fr.engagement.tracking.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link SharedCounters} of one JVM: right for a single instance, and the fallback when the data grid is off (each
 * instance then counts alone, so a cluster of n instances lets up to n times the limit through). Expired entries are
 * swept at most every {@link #SWEEP_EVERY}, so that the per-IP windows of a crowd do not pile up.
 */
public final class LocalCounters implements SharedCounters {

    static final Duration SWEEP_EVERY = Duration.ofSeconds(30);

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();

    public LocalCounters(Clock clock) {
        this.clock = clock;
    }

    private static final class Entry {
        final long expiresAt;
        final AtomicLong count = new AtomicLong();
        final String value;

        Entry(long expiresAt, String value) {
            this.expiresAt = expiresAt;
            this.value = value;
        }

        boolean expired(long now) {
            return now >= expiresAt;
        }
    }

    @Override
    public long increment(String key, Duration ttl) {
        long now = sweep();
        // compute runs atomically for a key: two requests of one window never both start it anew
        Entry entry = entries.compute(key, (k, e) -> e == null || e.expired(now) ? new Entry(now + ttl.toMillis(),
                null) : e);
        return entry.count.incrementAndGet();
    }

    @Override
    public Optional<String> putIfAbsent(String key, String value, Duration ttl) {
        long now = sweep();
        Entry fresh = new Entry(now + ttl.toMillis(), value);
        Entry kept = entries.compute(key, (k, e) -> e == null || e.expired(now) ? fresh : e);
        return kept == fresh ? Optional.empty() : Optional.ofNullable(kept.value);
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    int size() {
        return entries.size();
    }

    private long sweep() {
        long now = clock.millis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            entries.values().removeIf(e -> e.expired(now));
        }
        return now;
    }
}
