package fr.engagement.platform.entity;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. Every {@code JSON.createXxx} call looks the provider up
 * again through the service loader, scanning the class path: measured at about a millisecond a call, it made a
 * page of 25 partner missions (lists read through {@code StringListConverter}, JSON written field by field) cost
 * 40 ms more than a page of one (docs/benchmarks.md). The provider is thread-safe: look it up once.
 */
public final class JsonProviders {

    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {}
}
