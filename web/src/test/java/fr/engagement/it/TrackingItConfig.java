package fr.engagement.it;

import fr.engagement.it.support.MapConfig;
import java.util.Map;

/**
 * Settings of the tracking test deployment: limits low enough to reach in a test, and the loopback as a trusted
 * proxy, so that each test chooses its client address with X-Forwarded-For (each its own per-IP window and visitor
 * hash).
 */
public class TrackingItConfig extends MapConfig {

    static final int PUBLISHER_LIMIT = 25;
    static final int IP_LIMIT = 12;
    static final int BOT_MIN_CLICKS = 3;

    public TrackingItConfig() {
        super("tracking-it", Map.of(
                "partners.rate-limit.publisher", Integer.toString(PUBLISHER_LIMIT),
                "partners.rate-limit.ip", Integer.toString(IP_LIMIT),
                "tracking.bots.min-clicks", Integer.toString(BOT_MIN_CLICKS),
                "app.trusted-proxies", "127.0.0.1",
                "app.base-url", "https://engagement.test"));
    }
}
