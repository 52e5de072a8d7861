package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * JSON-P helpers that keep nulls: the contract documents every field of a record, so an absent value is written
 * as {@code null}, never left out. Instants are written as the peer writes them ({@code 2024-01-15T09:00:00.000Z}).
 */
final class JsonFields {

    static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private JsonFields() {}

    static void put(JsonObjectBuilder o, String name, String value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static void put(JsonObjectBuilder o, String name, Instant value) {
        put(o, name, value == null ? null : INSTANT.format(value));
    }

    static void put(JsonObjectBuilder o, String name, Integer value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static void put(JsonObjectBuilder o, String name, Double value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static void put(JsonObjectBuilder o, String name, Boolean value) {
        if (value == null) {
            o.addNull(name);
        } else {
            o.add(name, value);
        }
    }

    static JsonArrayBuilder strings(Collection<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        if (values != null) {
            values.forEach(a::add);
        }
        return a;
    }

    static JsonValue yesNo(Boolean value) {
        return value == null ? JsonValue.NULL : JSON.createValue(value ? "yes" : "no");
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
