package fr.engagement.tracking.control;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small cache of what the redirects read at every click (a mission's target, a broadcaster's name), so that the
 * hot path is the event's two statements only. Entries live {@code ttl}: a changed application URL or name shows
 * after that long at most. Absent values are cached too (a link to an unknown mission is not a query per hit).
 * Bounded: past {@code maxSize} entries it is emptied, the cheapest eviction that stays correct.
 */
public final class TtlCache<K, V> {

    private record Entry<V>(Optional<V> value, long expiresAt) {}

    private final Clock clock;
    private final Duration ttl;
    private final int maxSize;
    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    public TtlCache(Clock clock, Duration ttl, int maxSize) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxSize = maxSize;
    }

    public Optional<V> get(K key, Function<K, Optional<V>> loader) {
        long now = clock.millis();
        Entry<V> entry = entries.get(key);
        if (entry == null || now >= entry.expiresAt()) {
            if (entries.size() >= maxSize) {
                entries.clear();
            }
            entry = new Entry<>(loader.apply(key), now + ttl.toMillis());
            entries.put(key, entry);
        }
        return entry.value();
    }

    public void invalidate(K key) {
        entries.remove(key);
    }
}
