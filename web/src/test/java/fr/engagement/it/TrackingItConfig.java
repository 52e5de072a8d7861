package fr.engagement.it;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Settings of the tracking test deployment, above system properties: limits low enough to reach in a test, and
 * the loopback as a trusted proxy, so that each test chooses its client address with X-Forwarded-For (each its
 * own per-IP window and visitor hash).
 */
public class TrackingItConfig implements ConfigSource {

    static final int PUBLISHER_LIMIT = 25;
    static final int IP_LIMIT = 12;

    private static final Map<String, String> VALUES = Map.of(
            "partners.rate-limit.publisher", Integer.toString(PUBLISHER_LIMIT),
            "partners.rate-limit.ip", Integer.toString(IP_LIMIT),
            "app.trusted-proxies", "127.0.0.1",
            "app.base-url", "https://engagement.test");

    @Override
    public Map<String, String> getProperties() {
        return VALUES;
    }

    @Override
    public Set<String> getPropertyNames() {
        return VALUES.keySet();
    }

    @Override
    public String getValue(String name) {
        return VALUES.get(name);
    }

    @Override
    public String getName() {
        return "tracking-it";
    }

    @Override
    public int getOrdinal() {
        return 600;
    }
}
