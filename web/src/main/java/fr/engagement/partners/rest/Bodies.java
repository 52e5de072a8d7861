package fr.engagement.partners.rest;

import fr.engagement.partners.control.PartnerApiException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Reading request bodies of the partner API; anything malformed answers 400 INVALID_BODY naming the field. */
final class Bodies {

    private Bodies() {}

    static JsonObject required(JsonObject body) {
        if (body == null) {
            throw PartnerApiException.badBody("A JSON object body is required");
        }
        return body;
    }

    static String string(JsonObject body, String name, boolean required) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                throw PartnerApiException.badBody(name + " is required");
            }
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw PartnerApiException.badBody(name + " must be a string");
        }
        return ((JsonString) v).getString();
    }

    static List<String> strings(JsonObject body, String name, boolean nonEmpty) {
        JsonValue v = body.get(name);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw PartnerApiException.badBody(name + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
            if (item.getValueType() != JsonValue.ValueType.STRING) {
                throw PartnerApiException.badBody(name + " must be an array of strings");
            }
            values.add(((JsonString) item).getString());
        }
        if (nonEmpty && values.isEmpty()) {
            throw PartnerApiException.badBody(name + " must not be empty");
        }
        return values;
    }
}
