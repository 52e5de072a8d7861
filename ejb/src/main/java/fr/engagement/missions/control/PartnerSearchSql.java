package fr.engagement.missions.control;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.BoundingBox;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that adds partners' missions to the public search: live bénévolat missions of the announcers the platform
 * diffuses, minus the organisations they excluded, with the search's filters applied to the mapped fields (our
 * domain's and activity's partner slugs, {@code remote = 'full'} for remote, minors, dates). Around a point the
 * address copies of the catalogue answer from {@code ix_partner_address_geo[_domain]} (live, [domain,] latitude,
 * longitude, publisher_id, mission_id), as {@link SearchSql} does with ours; without one,
 * {@code ix_partner_mission_live|domain} give them soonest first. A pure function, like {@link SearchSql}.
 */
public final class PartnerSearchSql {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final String HIT_COLUMNS = "pm.id, pm.title, o.name, fa.city, fa.department_code, pd.label, pm.remote,"
            + " pm.places, pm.open_to_minors, pm.start_at, pm.end_at";

    /**
     * What the platform diffuses: announcers (never empty) and organisations excluded by their rules.
     * {@code domainSlug} and {@code activitySlug} are the partner slugs of the criteria's domain and activity.
     */
    public record Scope(List<String> publishers, List<Long> excludedOrganisations, String domainSlug,
            String activitySlug) {}

    private PartnerSearchSql() {}

    /** The first {@code limit} partner hits in the search's order, and their count. */
    public static SearchSql.Statements build(SearchCriteria c, Scope scope, LocalDate today, int limit) {
        List<Object> args = new ArrayList<>();
        boolean geo = c.around() != null && c.type() != MissionType.REMOTE;
        String publishers = scope.publishers().stream().map(p -> arg(args, p)).collect(Collectors.joining(", "));
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder(" WHERE pm.type = 'benevolat' AND (pm.end_at IS NULL OR pm.end_at >= ")
                .append(arg(args, startOf(today))).append(')');
        if (geo) {
            BoundingBox box = c.around().boxAround(c.radiusKm());
            String lat = arg(args, c.around().latitude());
            String lon = arg(args, c.around().longitude());
            String distance = "6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - " + lat + ") / 2), 2) + COS(RADIANS("
                    + lat + ")) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - " + lon + ") / 2), 2)))";
            from.append(" FROM (SELECT a.mission_id, MIN(").append(distance).append(") AS distance")
                    .append(" FROM partner_mission_address a WHERE a.live = TRUE");
            if (scope.domainSlug() != null) {
                from.append(" AND a.domain = ").append(arg(args, scope.domainSlug()));
            }
            from.append(" AND a.latitude BETWEEN ").append(arg(args, box.minLatitude())).append(" AND ")
                    .append(arg(args, box.maxLatitude())).append(" AND a.longitude BETWEEN ")
                    .append(arg(args, box.minLongitude())).append(" AND ").append(arg(args, box.maxLongitude()))
                    .append(" AND a.publisher_id IN (").append(publishers).append(')')
                    .append(" GROUP BY a.mission_id HAVING distance <= ").append(arg(args, (double) c.radiusKm()))
                    .append(") g JOIN partner_mission pm ON pm.id = g.mission_id");
        } else {
            from.append(" FROM partner_mission pm");
            where.append(" AND pm.live = TRUE AND pm.publisher_id IN (").append(publishers).append(')');
            if (scope.domainSlug() != null) {
                where.append(" AND pm.domain = ").append(arg(args, scope.domainSlug()));
            }
        }
        if (!scope.excludedOrganisations().isEmpty()) {
            where.append(" AND (pm.organization_id IS NULL OR pm.organization_id NOT IN (")
                    .append(scope.excludedOrganisations().stream().map(o -> arg(args, o))
                            .collect(Collectors.joining(", "))).append("))");
        }
        if (c.type() == MissionType.REMOTE) {
            where.append(" AND pm.remote = 'full'");
        } else if (c.type() == MissionType.ON_SITE) {
            where.append(" AND (pm.remote IS NULL OR pm.remote <> 'full')");
        }
        if (scope.activitySlug() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM partner_mission_activity pa JOIN partner_activity x"
                    + " ON x.label = pa.label WHERE pa.mission_id = pm.id AND x.slug = ")
                    .append(arg(args, scope.activitySlug())).append(')');
        }
        if (c.minorsOnly()) {
            where.append(" AND pm.open_to_minors = TRUE");
        }
        if (c.from() != null) {
            where.append(" AND (pm.end_at IS NULL OR pm.end_at >= ").append(arg(args, startOf(c.from()))).append(')');
        }
        if (c.to() != null) {
            where.append(" AND pm.start_at < ").append(arg(args, startOf(c.to().plusDays(1))));
        }
        String joins = " LEFT JOIN publisher_organization o ON o.id = pm.organization_id"
                + " LEFT JOIN partner_domain pd ON pd.slug = pm.domain"
                // the first address, by ix_partner_address_mission (mission_id, position): one lookup per hit
                + " LEFT JOIN partner_mission_address fa ON fa.mission_id = pm.id AND fa.position = 0";
        // ordered by the first table's columns only, so that MariaDB sorts it alone and joins the page's rows only
        String order = geo ? " ORDER BY g.distance, g.mission_id" : " ORDER BY pm.start_at, pm.id";
        // In the order written, as SearchSql's page: the addresses in the box (or the announcers' live missions in
        // start order), then their missions and names. The publisher's name is a subquery, not a join: MariaDB
        // joins its two-row table through a join buffer, which loses the order and sorts every hit (twice as slow
        // at 100 km, bench ANALYZE).
        String page = "SELECT STRAIGHT_JOIN " + HIT_COLUMNS + (geo ? ", g.distance" : ", NULL")
                + ", (SELECT p.name FROM publisher p WHERE p.id = pm.publisher_id)" + from + joins + where
                + order + " LIMIT " + limit;
        return new SearchSql.Statements(page, "SELECT STRAIGHT_JOIN COUNT(*)" + from + where, List.copyOf(args));
    }

    /** The first instant of a day in France, as the catalogue's DATETIME columns are written. */
    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PARIS).toInstant());
    }

    private static String arg(List<Object> args, Object value) {
        args.add(value);
        return "?" + args.size();
    }
}
