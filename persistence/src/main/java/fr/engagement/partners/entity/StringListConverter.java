package fr.engagement.partners.entity;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Stores a list of strings as a JSON array in a TEXT column: the partner lists (tags, audience, skills, ...) are
 * read and written whole, never queried element by element (activities, which are filtered on, also have a table).
 * An empty list is stored as NULL and read back as an empty list.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.forEach(array::add);
        return array.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(column))) {
            return reader.readArray().stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
    }
}
