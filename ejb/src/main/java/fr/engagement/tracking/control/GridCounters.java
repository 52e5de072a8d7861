package fr.engagement.tracking.control;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link SharedCounters} in Payara's Hazelcast data grid, seen alike by every instance of the cluster. One map per
 * time to live ({@code ec-tracking-<seconds>s}), configured with that TTL when first used, so that entries expire
 * by themselves. Values are plain {@code Long}/{@code String}: nothing of ours is serialised into the grid, so the
 * members need none of the application's classes. Counters go up by compare-and-set: two grid calls per hit.
 */
public final class GridCounters implements SharedCounters {

    private final HazelcastInstance grid;
    private final Map<Long, IMap<String, Object>> maps = new ConcurrentHashMap<>();

    public GridCounters(HazelcastInstance grid) {
        this.grid = grid;
    }

    @Override
    public long increment(String key, Duration ttl) {
        IMap<String, Object> map = map(ttl);
        while (true) {
            Object current = map.putIfAbsent(key, 1L);
            if (current == null) {
                return 1;
            }
            long value = (Long) current;
            if (map.replace(key, value, value + 1)) {
                return value + 1;
            }
        }
    }

    @Override
    public Optional<String> putIfAbsent(String key, String value, Duration ttl) {
        return Optional.ofNullable((String) map(ttl).putIfAbsent(key, value));
    }

    @Override
    public void remove(String key) {
        maps.values().forEach(map -> map.delete(key));
    }

    private IMap<String, Object> map(Duration ttl) {
        return maps.computeIfAbsent(ttl.toSeconds(), seconds -> {
            String name = "ec-tracking-" + seconds + "s";
            // dynamic configuration, applied cluster-wide; an identical one added by another instance is accepted
            grid.getConfig().addMapConfig(new MapConfig(name).setTimeToLiveSeconds(Math.toIntExact(seconds)));
            return grid.getMap(name);
        });
    }
}
