package fr.engagement.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} attribute in a {@code DATETIME(6)} column. Jakarta Persistence 3.1 (EclipseLink 4.0)
 * does not know {@code Instant}: without this converter EclipseLink serialises it as a Java object, which MariaDB
 * refuses for a DATETIME column. As a {@link Timestamp}, it is written and read in the JVM's time zone, as the
 * application's native queries already pass their instants ({@code Timestamp.from(...)}).
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
