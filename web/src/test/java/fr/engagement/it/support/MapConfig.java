package fr.engagement.it.support;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/** Settings of a test deployment, above system properties: registered as a ConfigSource service by the test. */
public abstract class MapConfig implements ConfigSource {

    private final String name;
    private final Map<String, String> values;

    protected MapConfig(String name, Map<String, String> values) {
        this.name = name;
        this.values = Map.copyOf(values);
    }

    @Override
    public Map<String, String> getProperties() {
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String key) {
        return values.get(key);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return 600;
    }
}
