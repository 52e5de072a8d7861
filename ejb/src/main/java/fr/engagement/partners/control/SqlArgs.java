package fr.engagement.partners.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The values of a native statement being built: each value becomes a numbered parameter ({@code ?1}, {@code ?2},
 * ...), so partner input never becomes SQL text. EclipseLink binds numbered parameters of native queries.
 */
public final class SqlArgs {

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and answers its placeholder. */
    public String bind(Object value) {
        values.add(value);
        return "?" + values.size();
    }

    /** {@code (?3, ?4, ?5)} for a non-empty collection. */
    public String in(Collection<?> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("An IN list is never empty: test for it first");
        }
        return list.stream().map(this::bind).collect(Collectors.joining(", ", "(", ")"));
    }

    public List<Object> values() {
        return List.copyOf(values);
    }

    /** A LIKE pattern matching {@code text} literally, with the backslash as escape (MariaDB's default). */
    public static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
