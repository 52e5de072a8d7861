package fr.engagement.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps {@link Instant} to DATETIME(6): JPA 3.1 (Jakarta EE 10) knows only the local and offset types, and
 * EclipseLink would otherwise serialise an Instant as bytes. Values go through the JVM's zone both ways, so they
 * read back as written; the images and the tests run the JVM in UTC.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
