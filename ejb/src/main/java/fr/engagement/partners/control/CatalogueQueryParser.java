package fr.engagement.partners.control;

import fr.engagement.partners.control.CatalogueQuery.Around;
import fr.engagement.partners.control.CatalogueQuery.DateBound;
import fr.engagement.partners.control.CatalogueQuery.Sort;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the query string of the mission routes as the peer does, with what its documentation promises besides:
 * lists as comma lists or repeated parameters, {@code from} as the legacy alias of {@code skip}, {@code text} as the
 * legacy alias of {@code keywords}, distances as {@code 25km}/{@code 500m}/{@code 25} (km), date filters both as
 * documented ({@code >2024-01-01}, {@code <2024-12-31}) and as the peer's code reads them ({@code gt:}/{@code lt:}).
 * Anything it cannot read answers 400 INVALID_QUERY instead of being ignored, so a partner sees its mistake.
 */
public final class CatalogueQueryParser {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 10_000;
    public static final double DEFAULT_RADIUS_KM = 50;
    /** The peer turns a zero distance into 10 km. */
    public static final double ZERO_RADIUS_KM = 10;

    public static final Set<String> TYPES = Set.of("benevolat", "volontariat_service_civique",
            "volontariat_sapeurs_pompiers", "volontariat_reserve_operationnelle");

    /**
     * The activity labels of the peer's whitelist that hold a comma: in a comma list they would be cut in two, so
     * two neighbouring pieces forming one of them are read as that label (the peer cuts them, and never matches).
     */
    static final Set<String> LABELS_WITH_COMMA = Set.of("animation, valorisation", "médiation, information",
            "préservation, patrimoine", "prévention, sensibilisation", "secours, aide", "soutien, accompagnement",
            "transmission, pédagogie", "restauration, hôtellerie");

    private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(km|m)?", Pattern.CASE_INSENSITIVE);

    private CatalogueQueryParser() {}

    public static CatalogueQuery parse(Map<String, List<String>> params) {
        return parse(params, DEFAULT_LIMIT);
    }

    public static CatalogueQuery parse(Map<String, List<String>> params, int defaultLimit) {
        int limit = integer(params, "limit", defaultLimit, 0, MAX_LIMIT);
        int skip = integer(params, "skip", 0, 0, Integer.MAX_VALUE);
        if (skip == 0) {
            skip = integer(params, "from", 0, 0, Integer.MAX_VALUE);
        }
        List<String> types = list(params, "type");
        for (String type : types) {
            if (!TYPES.contains(type)) {
                throw PartnerApiException.badQuery("Invalid type: " + type + " (expected one of " + String.join(", ",
                        TYPES.stream().sorted().toList()) + ")");
            }
        }
        String keywords = first(params, "keywords");
        if (keywords == null) {
            keywords = first(params, "text");
        }
        Around around = around(params);
        Sort sort = sort(first(params, "sort"), around);
        return new CatalogueQuery(limit, skip, words(keywords), list(params, "domain"), activities(params),
                list(params, "city"), list(params, "clientId"), list(params, "country"),
                list(params, "departmentName"), list(params, "organizationRNA"),
                list(params, "organizationStatusJuridique"), list(params, "publisher"), list(params, "remote"), types,
                bool(params, "openToMinors"), bool(params, "reducedMobilityAccessible"),
                Boolean.TRUE.equals(bool(params, "snu")), around, dates(params, "createdAt"),
                dates(params, "startAt"), sort);
    }

    /** Values of a list parameter: repeated and/or comma separated, trimmed, blanks and duplicates dropped. */
    public static List<String> list(Map<String, List<String>> params, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : params.getOrDefault(name, List.of())) {
            if (raw == null) {
                continue;
            }
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return List.copyOf(values);
    }

    /** Activity labels: a comma list like the others, except that a label holding a comma stays whole. */
    static List<String> activities(Map<String, List<String>> params) {
        Set<String> values = new LinkedHashSet<>();
        for (String raw : params.getOrDefault("activity", List.of())) {
            if (raw == null) {
                continue;
            }
            String[] parts = raw.split(",");
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                if (i + 1 < parts.length && LABELS_WITH_COMMA.contains((part + ", " + parts[i + 1].strip())
                        .toLowerCase(Locale.ROOT))) {
                    values.add(part + ", " + parts[++i].strip());
                } else if (!part.isEmpty()) {
                    values.add(part);
                }
            }
        }
        return List.copyOf(values);
    }

    /** The keywords, split on blanks: every word must match (title, description, organisation, city or domain). */
    static List<String> words(String keywords) {
        if (keywords == null || keywords.isBlank()) {
            return List.of();
        }
        return List.of(keywords.strip().split("\\s+"));
    }

    /** {@code 25km}, {@code 500m}, {@code 25} (km); zero is 10 km as in the peer. */
    public static double distanceKm(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_RADIUS_KM;
        }
        Matcher m = DISTANCE.matcher(value.strip());
        if (!m.matches()) {
            throw PartnerApiException.badQuery("Invalid distance: " + value + " (expected e.g. 25km or 500m)");
        }
        double amount = Double.parseDouble(m.group(1));
        double km = "m".equalsIgnoreCase(m.group(2)) ? amount / 1000 : amount;
        return km == 0 ? ZERO_RADIUS_KM : km;
    }

    /**
     * A date filter: {@code >date} or {@code gt:date} (after), {@code <date} or {@code lt:date} (before); the date
     * is an ISO date (midnight UTC) or date-time, UTC when it has no zone.
     */
    public static DateBound dateBound(String name, String value) {
        String v = value.strip();
        boolean after;
        String date;
        if (v.startsWith(">") || v.startsWith("<")) {
            after = v.startsWith(">");
            date = v.substring(1);
        } else if (v.regionMatches(true, 0, "gt:", 0, 3) || v.regionMatches(true, 0, "lt:", 0, 3)) {
            after = v.regionMatches(true, 0, "gt:", 0, 3);
            date = v.substring(3);
        } else {
            throw PartnerApiException.badQuery("Invalid " + name + ": " + value
                    + " (expected >2024-01-01, <2024-12-31, gt:<date> or lt:<date>)");
        }
        return new DateBound(after, instant(name, date.strip()));
    }

    private static Instant instant(String name, String date) {
        // a '+' of an offset arrives as a space when the partner did not encode it
        String d = date.replace(' ', '+');
        try {
            if (d.length() == 10) {
                return LocalDate.parse(d).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (d.endsWith("Z") || d.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(d).toInstant();
            }
            return LocalDateTime.parse(d).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw PartnerApiException.badQuery("Invalid date in " + name + ": " + date);
        }
    }

    private static List<DateBound> dates(Map<String, List<String>> params, String name) {
        List<DateBound> bounds = new ArrayList<>();
        for (String value : params.getOrDefault(name, List.of())) {
            if (value != null && !value.isBlank()) {
                bounds.add(dateBound(name, value));
            }
        }
        return bounds;
    }

    private static Around around(Map<String, List<String>> params) {
        String lat = first(params, "lat");
        String lon = first(params, "lon");
        if (lat == null && lon == null) {
            if (first(params, "distance") != null) {
                throw PartnerApiException.badQuery("distance needs lat and lon");
            }
            return null;
        }
        if (lat == null || lon == null) {
            throw PartnerApiException.badQuery("lat and lon go together");
        }
        double latitude = number("lat", lat, -90, 90);
        double longitude = number("lon", lon, -180, 180);
        return new Around(latitude, longitude, distanceKm(first(params, "distance")));
    }

    private static Sort sort(String value, Around around) {
        if (value == null || value.isBlank() || value.equals("startAt")) {
            return Sort.START_AT;
        }
        if (value.equals("distance")) {
            if (around == null) {
                throw PartnerApiException.badQuery("sort=distance needs lat and lon");
            }
            return Sort.DISTANCE;
        }
        throw PartnerApiException.badQuery("Invalid sort: " + value + " (expected startAt or distance)");
    }

    /** {@code true/yes/1} or {@code false/no/0}; null when absent. */
    public static Boolean bool(Map<String, List<String>> params, String name) {
        String value = first(params, name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> throw PartnerApiException.badQuery("Invalid " + name + ": " + value
                    + " (expected true, false, yes, no, 1 or 0)");
        };
    }

    public static int integer(Map<String, List<String>> params, String name, int byDefault, int min, int max) {
        String value = first(params, name);
        if (value == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw PartnerApiException.badQuery(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw PartnerApiException.badQuery(name + " must be an integer");
        }
    }

    private static double number(String name, String value, double min, double max) {
        try {
            double n = Double.parseDouble(value.strip());
            if (Double.isNaN(n) || n < min || n > max) {
                throw PartnerApiException.badQuery(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw PartnerApiException.badQuery(name + " must be a number");
        }
    }

    public static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null) {
            return null;
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }
}
