package fr.engagement.feeds.control;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the values of a feed are read (API Engagement §2.1): the peer runs JavaScript's {@code new Date}, its boolean
 * and remote tables; we accept the same inputs, keep identifiers and codes as sent (no number coercion), and read a
 * date without a zone as UTC whatever the server's zone.
 */
public final class FeedValues {

    /** A value that cannot be read (a date that is no date); the feed fails with it. */
    public static class BadValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        public BadValue(String message) {
            super(message);
        }
    }

    private static final Pattern US_DATE = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern RFC_DATE = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+(\\d{4})"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*([A-Za-z]{1,3}|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    /** The ISO forms nearly every feed sends (a day, or a UTC time): read without the general formatter. */
    private static final Pattern ISO_UTC = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?Z?)?");
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
            .toFormatter(Locale.ROOT);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    /** RFC 822 zone names. */
    private static final Map<String, Integer> ZONES = Map.of("GMT", 0, "UT", 0, "UTC", 0, "Z", 0, "EST", -5,
            "EDT", -4, "CST", -6, "CDT", -5, "MST", -7, "MDT", -6);

    private FeedValues() {}

    /** ISO-8601, RFC-2822 or US MM/DD/YYYY; without a zone, UTC. Null or blank gives null. */
    public static Instant date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        try {
            Matcher utc = ISO_UTC.matcher(s);
            if (utc.matches()) {
                LocalDate day = LocalDate.of(Integer.parseInt(utc.group(1)), Integer.parseInt(utc.group(2)),
                        Integer.parseInt(utc.group(3)));
                if (utc.group(4) == null) {
                    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
                }
                String fraction = utc.group(7) == null ? "0" : (utc.group(7) + "00000000").substring(0, 9);
                return LocalDateTime.of(day, LocalTime.of(Integer.parseInt(utc.group(4)),
                        Integer.parseInt(utc.group(5)), utc.group(6) == null ? 0 : Integer.parseInt(utc.group(6)),
                        Integer.parseInt(fraction))).toInstant(ZoneOffset.UTC);
            }
            if (ISO_DATE.matcher(s).matches()) {
                var parsed = ISO.parseBest(s.replace(' ', 'T'), OffsetDateTime::from, LocalDateTime::from);
                return parsed instanceof OffsetDateTime o ? o.toInstant()
                        : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
            }
            Matcher us = US_DATE.matcher(s);
            if (us.matches()) {
                return LocalDateTime.of(LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)),
                        Integer.parseInt(us.group(2))), time(us.group(4), us.group(5), us.group(6)))
                        .toInstant(ZoneOffset.UTC);
            }
            Matcher rfc = RFC_DATE.matcher(s);
            if (rfc.matches()) {
                int month = MONTHS.indexOf(rfc.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
                if (month == 0) {
                    throw new BadValue("invalid date \"" + value + "\"");
                }
                LocalDateTime local = LocalDateTime.of(LocalDate.of(Integer.parseInt(rfc.group(3)), month,
                        Integer.parseInt(rfc.group(1))), time(rfc.group(4), rfc.group(5), rfc.group(6)));
                return local.toInstant(offset(rfc.group(7), value));
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw new BadValue("invalid date \"" + value + "\"");
        }
        throw new BadValue("invalid date \"" + value + "\"");
    }

    private static LocalTime time(String hour, String minute, String second) {
        return hour == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute),
                second == null ? 0 : Integer.parseInt(second));
    }

    private static ZoneOffset offset(String zone, String value) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        Integer hours = ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (hours != null) {
            return ZoneOffset.ofHours(hours);
        }
        if (zone.startsWith("+") || zone.startsWith("-")) {
            String digits = zone.replace(":", "");
            int sign = zone.startsWith("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(digits.substring(1, 3)),
                    sign * Integer.parseInt(digits.substring(3, 5)));
        }
        throw new BadValue("invalid date \"" + value + "\" (unknown zone " + zone + ")");
    }

    /** yes, true, 1 (any case) are true; anything else present is false; absent is null. */
    public static Boolean bool(Optional<String> value) {
        return value.map(v -> switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            default -> false;
        }).orElse(null);
    }

    /** The peer's remote table; anything unknown is "no". */
    public static String remote(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "possible", "yes", "oui", "true", "1", "partiel", "partielle", "hybride" -> "possible";
            case "full", "total", "100", "remote" -> "full";
            case "local" -> "local";
            default -> "no";
        };
    }

    /** French and English units to the enum; anything else null. */
    public static String compensationUnit(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "hour", "heure", "heures" -> "hour";
            case "day", "jour", "jours" -> "day";
            case "month", "mois" -> "month";
            case "year", "an", "ans", "annee", "année", "années", "annees" -> "year";
            default -> null;
        };
    }

    /** A number as sent ("10", "10.5", "-10", "10,5"); null when absent or not a number. */
    public static Double number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number ("2", "2.0"); null when absent, fractional or not a number. */
    public static Integer integer(String value) {
        Double d = number(value);
        return d == null || d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE ? null : d.intValue();
    }

    /** "a,b,c" split on commas, spaces around values dropped, empty values dropped. */
    public static List<String> commaList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Null for a blank value: an empty element is no value. */
    public static String text(Optional<String> value) {
        return value.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
    }
}
