package fr.engagement.tracking.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;

/**
 * The request limits of §3.1: 600 a minute per publisher on the API, 120 a minute per IP on the redirects, in fixed
 * windows (the peer's express-rate-limit store), counted in the {@link DataGrid}. Settings
 * {@code partners.rate-limit.publisher}, {@code partners.rate-limit.ip}, {@code partners.rate-limit.window-seconds}
 * and {@code partners.rate-limit.enabled} (false turns them off, as the peer's RATE_LIMIT_DISABLED).
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    Config config;

    @Inject
    DataGrid grid;

    @Inject
    Clock clock;

    private boolean enabled;
    private int publisherLimit;
    private int ipLimit;
    private Duration window;

    @PostConstruct
    void configure() {
        enabled = config.getOptionalValue("partners.rate-limit.enabled", Boolean.class).orElse(true);
        publisherLimit = config.getOptionalValue("partners.rate-limit.publisher", Integer.class).orElse(600);
        ipLimit = config.getOptionalValue("partners.rate-limit.ip", Integer.class).orElse(120);
        window = Duration.ofSeconds(config.getOptionalValue("partners.rate-limit.window-seconds", Integer.class)
                .orElse(60));
    }

    /** Counts a request of the publisher; null when the limits are off. */
    public Decision hitPublisher(String publisherId) {
        return enabled ? decide("p:" + publisherId, publisherLimit) : null;
    }

    /** Counts a request from the address; null when the limits are off. */
    public Decision hitAddress(String address) {
        return enabled ? decide("ip:" + address, ipLimit) : null;
    }

    Decision decide(String key, int limit) {
        return Window.of(clock.millis(), window).decide(grid.counters(), key, limit);
    }

    /** A fixed window: the n-th window since the epoch, of the given length. */
    record Window(long index, Duration length) {

        static Window of(long nowMillis, Duration length) {
            return new Window(nowMillis / length.toMillis(), length);
        }

        long resetMillis() {
            return (index + 1) * length.toMillis();
        }

        Decision decide(SharedCounters counters, String key, int limit) {
            // the key names the window, so a new window starts a new counter; it outlives the window a little
            long count = counters.increment(key + ":" + index, length.multipliedBy(2));
            return new Decision(count <= limit, limit, Math.max(0, limit - count), resetMillis());
        }
    }

    /** The answer to one request: let through or not, and what the X-RateLimit-* headers say. */
    public record Decision(boolean allowed, int limit, long remaining, long resetMillis) {

        /** X-RateLimit-Reset: the end of the window in seconds since the epoch (express-rate-limit's legacy header). */
        public long resetEpochSeconds() {
            return (resetMillis + 999) / 1000;
        }

        /** Retry-After in seconds, at least 1. */
        public long retryAfterSeconds(long nowMillis) {
            return Math.max(1, (resetMillis - nowMillis + 999) / 1000);
        }

        /** The headers of the answer: X-RateLimit-Limit, -Remaining, -Reset, and Retry-After when refused. */
        public Map<String, String> headers(long nowMillis) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("X-RateLimit-Limit", Integer.toString(limit));
            headers.put("X-RateLimit-Remaining", Long.toString(remaining));
            headers.put("X-RateLimit-Reset", Long.toString(resetEpochSeconds()));
            if (!allowed) {
                headers.put("Retry-After", Long.toString(retryAfterSeconds(nowMillis)));
            }
            return headers;
        }
    }

    public Clock clock() {
        return clock;
    }
}
