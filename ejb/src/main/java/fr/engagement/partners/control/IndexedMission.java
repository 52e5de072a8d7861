package fr.engagement.partners.control;

import java.util.List;

/**
 * A live catalogue mission as the search index holds it: what the geo search filters, sorts and counts on, read
 * from the mission row (not the address copies) by {@link IndexedMissions}.
 *
 * @param startAt the stored start as microseconds since 1970 on the wall clock (for order only), null if none
 * @param points latitude, longitude pairs of its addresses that have coordinates
 * @param departmentName the department of its first address (the department facet), or null
 */
public record IndexedMission(String id, String publisherId, Long organizationId, String domain, Long startAt,
        List<double[]> points, String departmentName, List<String> activities) {

    public IndexedMission {
        points = List.copyOf(points);
        activities = List.copyOf(activities);
    }
}
