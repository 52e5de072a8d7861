package fr.engagement.partners.control;

import fr.engagement.partners.entity.AddressData;
import fr.engagement.territory.control.CommuneNames;
import fr.engagement.territory.control.TextNormaliser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offline geocoding of partner addresses from the territory tables, held in memory (about 35,000 communes: a few
 * megabytes, and no query per address at 100,000 missions). A French address is resolved by its postal code (the
 * postal code decides the department, Corsica included, over a partner's conflicting value), else by its city name
 * (within the given department if any), else by its department code. A partner's own coordinates are kept
 * (ENRICHED_BY_PUBLISHER); a point we found is ENRICHED_BY_API; nothing found is NOT_FOUND, nothing given NO_DATA.
 */
public final class Geocoder {

    public static final String BY_PUBLISHER = "ENRICHED_BY_PUBLISHER";
    public static final String BY_API = "ENRICHED_BY_API";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String NO_DATA = "NO_DATA";

    public record Department(String code, String name, String region) {}

    public record Commune(String inseeCode, String name, String departmentCode, Integer population, Double latitude,
            Double longitude, List<String> postalCodes) {}

    private static final Comparator<Commune> LARGEST_FIRST = Comparator
            .comparing((Commune c) -> c.population() == null ? -1 : c.population()).reversed()
            .thenComparing(Commune::name);

    private final Map<String, Department> departments;
    private final Map<String, List<Commune>> byPostalCode = new HashMap<>();
    private final Map<String, List<Commune>> byName = new HashMap<>();

    public Geocoder(Collection<Department> departments, Collection<Commune> communes) {
        Map<String, Department> d = new HashMap<>();
        departments.forEach(dep -> d.put(dep.code(), dep));
        this.departments = Map.copyOf(d);
        for (Commune c : communes) {
            c.postalCodes().forEach(p -> byPostalCode.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
            byName.computeIfAbsent(TextNormaliser.normalise(c.name()), k -> new ArrayList<>()).add(c);
        }
        byPostalCode.values().forEach(list -> list.sort(LARGEST_FIRST));
        byName.values().forEach(list -> list.sort(LARGEST_FIRST));
    }

    public int communeCount() {
        return byName.values().stream().mapToInt(List::size).sum();
    }

    /** "France" (any case) is "FR"; other values kept as sent. */
    public static String country(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String c = country.strip();
        return c.equalsIgnoreCase("france") || c.equalsIgnoreCase("fr") ? "FR" : c;
    }

    public AddressData geocode(AddressData a) {
        String country = country(a.country());
        boolean any = a.street() != null || a.postalCode() != null || a.city() != null || a.departmentCode() != null
                || country != null || a.hasPoint();
        if (!any) {
            return withStatus(a, country, NO_DATA);
        }
        if (country != null && !country.equals("FR")) {
            return withStatus(a, country, a.hasPoint() ? own(a) : NOT_FOUND);
        }
        Optional<Commune> commune = byPostalCode(a.postalCode(), a.city())
                .or(() -> byCity(a.city(), a.departmentCode()));
        if (commune.isPresent()) {
            Commune c = commune.get();
            Department dep = departments.get(c.departmentCode());
            boolean ownPoint = a.hasPoint();
            boolean found = !ownPoint && c.latitude() != null && c.longitude() != null;
            String postalCode = a.postalCode() != null ? a.postalCode()
                    : c.postalCodes().isEmpty() ? null : c.postalCodes().get(0);
            return new AddressData(a.street(), postalCode, a.city() != null ? a.city() : c.name(), c.departmentCode(),
                    dep == null ? a.departmentName() : dep.name(), dep == null ? a.region() : dep.region(), "FR",
                    ownPoint ? a.latitude() : c.latitude(), ownPoint ? a.longitude() : c.longitude(),
                    ownPoint ? own(a) : found ? BY_API : NOT_FOUND);
        }
        Department dep = a.departmentCode() == null ? null
                : departments.get(a.departmentCode().strip().toUpperCase(Locale.ROOT));
        if (dep != null) {
            return new AddressData(a.street(), a.postalCode(), a.city(), dep.code(), dep.name(), dep.region(),
                    country == null ? "FR" : country, a.latitude(), a.longitude(), a.hasPoint() ? own(a)
                            : NOT_FOUND);
        }
        return withStatus(a, country, a.hasPoint() ? own(a) : NOT_FOUND);
    }

    /** A point already there is the partner's, unless we found it before (a stored address written again). */
    private static String own(AddressData a) {
        return BY_API.equals(a.geolocStatus()) ? BY_API : BY_PUBLISHER;
    }

    private static AddressData withStatus(AddressData a, String country, String status) {
        return new AddressData(a.street(), a.postalCode(), a.city(), a.departmentCode(), a.departmentName(),
                a.region(), country, a.latitude(), a.longitude(), status);
    }

    /** The postal code's commune the city names, else its largest. */
    private Optional<Commune> byPostalCode(String postalCode, String city) {
        if (postalCode == null) {
            return Optional.empty();
        }
        List<Commune> candidates = byPostalCode.getOrDefault(postalCode.strip(), List.of());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        if (city != null) {
            String name = TextNormaliser.normalise(city);
            Optional<Commune> exact = candidates.stream()
                    .filter(c -> TextNormaliser.normalise(c.name()).equals(name)).findFirst();
            if (exact.isPresent()) {
                return exact;
            }
            Optional<Commune> named = candidates.stream().filter(c -> CommuneNames.designates(c.name(), city))
                    .findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.of(candidates.get(0));
    }

    /** The largest commune of that name, in the given department when there is one. */
    private Optional<Commune> byCity(String city, String departmentCode) {
        if (city == null) {
            return Optional.empty();
        }
        List<Commune> named = byName.getOrDefault(TextNormaliser.normalise(city), List.of());
        String dep = departmentCode == null ? null : departmentCode.strip().toUpperCase(Locale.ROOT);
        return named.stream().filter(c -> dep == null || c.departmentCode().equals(dep)).findFirst();
    }
}
