package fr.engagement.tracking.control;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived counters and keys that every instance of a cluster must see alike (rate-limit windows, recent
 * clicks): {@link GridCounters} in Payara's data grid (behind {@link FallbackCounters}, which stands in for it
 * while it fails), or {@link LocalCounters} in this JVM when the grid is off.
 */
public interface SharedCounters {

    /** Adds one to the counter {@code key}, created at 0 with this time to live; answers the new value. */
    long increment(String key, Duration ttl);

    /** Stores {@code value} under {@code key} unless a live value is there; answers that value when there was one. */
    Optional<String> putIfAbsent(String key, String value, Duration ttl);

    void remove(String key);
}
