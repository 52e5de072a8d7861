package fr.engagement.partners.control;

import fr.engagement.partners.entity.PartnerMissionAddress;
import fr.engagement.territory.entity.GeoPoint;
import java.time.Instant;
import java.util.List;

/**
 * The criteria of {@code GET /v0/mission} (and /search, /v2/mission), parsed and checked by
 * {@link CatalogueQueryParser}. Lists are never null (empty = no filter); every list is an IN filter.
 */
public record CatalogueQuery(int limit, int skip, List<String> keywords, List<String> domains,
        List<String> activities, List<String> cities, List<String> clientIds, List<String> countries,
        List<String> departmentNames, List<String> organizationRnas, List<String> organizationLegalStatuses,
        List<String> publishers, List<String> remotes, List<String> types, Boolean openToMinors,
        Boolean reducedMobilityAccessible, boolean snuOnly, Around around, List<DateBound> createdAt,
        List<DateBound> startAt, Sort sort) {

    /** Order of the results: newest start first (the peer's), or nearest first around a point (ours). */
    public enum Sort { START_AT, DISTANCE }

    /** A point and a radius: missions with an address within {@code radiusKm} (great-circle). */
    public record Around(double latitude, double longitude, double radiusKm) {

        public double latitudeDelta() {
            return radiusKm / 111.32;
        }

        /**
         * The great-circle distance in km to the nearest of these addresses, as the SQL computes it (mean earth
         * radius 6,371.0088 km); null when none has coordinates.
         */
        public Double nearestKm(List<PartnerMissionAddress> addresses) {
            GeoPoint center = new GeoPoint(latitude, longitude);
            return addresses.stream().filter(a -> a.getLatitude() != null && a.getLongitude() != null
                    && Math.abs(a.getLatitude()) <= 90 && Math.abs(a.getLongitude()) <= 180)
                    .mapToDouble(a -> center.distanceKm(new GeoPoint(a.getLatitude(), a.getLongitude())))
                    .boxed().min(Double::compare).orElse(null);
        }

        /** Longitude degrees for the radius at this latitude; the whole circle near the poles. */
        public double longitudeDelta() {
            double cos = Math.cos(Math.toRadians(latitude));
            return cos < 0.01 ? 180 : radiusKm / (111.32 * cos);
        }
    }

    /** {@code after} true: strictly after {@code at}; false: strictly before. */
    public record DateBound(boolean after, Instant at) {}

    public CatalogueQuery {
        keywords = List.copyOf(keywords);
        domains = List.copyOf(domains);
        activities = List.copyOf(activities);
        cities = List.copyOf(cities);
        clientIds = List.copyOf(clientIds);
        countries = List.copyOf(countries);
        departmentNames = List.copyOf(departmentNames);
        organizationRnas = List.copyOf(organizationRnas);
        organizationLegalStatuses = List.copyOf(organizationLegalStatuses);
        publishers = List.copyOf(publishers);
        remotes = List.copyOf(remotes);
        types = List.copyOf(types);
        createdAt = List.copyOf(createdAt);
        startAt = List.copyOf(startAt);
    }

    /**
     * True when the filters can be answered from the address index alone (live, domain, latitude, longitude,
     * publisher): around a point, with at most domains and publishers besides.
     */
    public boolean indexOnlyAroundPoint() {
        return around != null && keywords.isEmpty() && activities.isEmpty() && cities.isEmpty()
                && clientIds.isEmpty() && countries.isEmpty() && departmentNames.isEmpty()
                && organizationRnas.isEmpty() && organizationLegalStatuses.isEmpty() && remotes.isEmpty()
                && types.isEmpty() && openToMinors == null && reducedMobilityAccessible == null && !snuOnly
                && createdAt.isEmpty() && startAt.isEmpty();
    }
}
