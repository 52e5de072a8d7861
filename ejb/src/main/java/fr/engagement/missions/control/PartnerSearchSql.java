package fr.engagement.missions.control;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.control.DiffusionScope;
import fr.engagement.partners.control.SqlArgs;
import fr.engagement.territory.entity.BoundingBox;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The SQL that adds partners' missions to the public search: live bénévolat missions of the announcers the platform
 * diffuses, within the platform's diffusion rules (the same {@link DiffusionScope} predicate as the partner API:
 * organisation exclusions, type criteria), with the search's filters applied to the mapped fields (our
 * domain's and activity's partner slugs, {@code remote = 'full'} for remote, minors, dates). Around a point the
 * address copies of the catalogue answer from {@code ix_partner_address_geo[_domain]} (live, [domain,] latitude,
 * longitude, publisher_id, mission_id), as {@link SearchSql} does with ours; without one,
 * {@code ix_partner_mission_live|domain} give them soonest first. A pure function, like {@link SearchSql}.
 */
public final class PartnerSearchSql {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    static final String HIT_COLUMNS = "m.id, m.title, o.name, fa.city, fa.department_code, pd.label, m.remote,"
            + " m.places, m.open_to_minors, m.start_at, m.end_at";

    /**
     * What the platform diffuses: its diffusion rules and the announcers they give (never empty; the platform's own
     * missions are searched by {@link SearchSql}). {@code domainSlug} and {@code activitySlug} are the partner slugs
     * of the criteria's domain and activity.
     */
    public record Scope(DiffusionScope diffusion, List<String> announcers, String domainSlug, String activitySlug) {}

    private PartnerSearchSql() {}

    /** The first {@code limit} partner hits in the search's order, and their count. */
    public static SearchSql.Statements build(SearchCriteria c, Scope scope, LocalDate today, int limit) {
        SqlArgs args = new SqlArgs();
        boolean geo = c.around() != null && c.type() != MissionType.REMOTE;
        String publishers = args.in(scope.announcers());
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder(" WHERE m.type = 'benevolat' AND (m.end_at IS NULL OR m.end_at >= ")
                .append(args.bind(startOf(today))).append(')');
        if (geo) {
            BoundingBox box = c.around().boxAround(c.radiusKm());
            String lat = args.bind(c.around().latitude());
            String lon = args.bind(c.around().longitude());
            String distance = "6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - " + lat + ") / 2), 2) + COS(RADIANS("
                    + lat + ")) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - " + lon + ") / 2), 2)))";
            from.append(" FROM (SELECT a.mission_id, MIN(").append(distance).append(") AS distance")
                    .append(" FROM partner_mission_address a WHERE a.live = TRUE");
            if (scope.domainSlug() != null) {
                from.append(" AND a.domain = ").append(args.bind(scope.domainSlug()));
            }
            from.append(" AND a.latitude BETWEEN ").append(args.bind(box.minLatitude())).append(" AND ")
                    .append(args.bind(box.maxLatitude())).append(" AND a.longitude BETWEEN ")
                    .append(args.bind(box.minLongitude())).append(" AND ").append(args.bind(box.maxLongitude()))
                    .append(" AND a.publisher_id IN ").append(publishers)
                    .append(" GROUP BY a.mission_id HAVING distance <= ").append(args.bind((double) c.radiusKm()))
                    .append(") g JOIN partner_mission m ON m.id = g.mission_id");
        } else {
            from.append(" FROM partner_mission m");
            where.append(" AND m.live = TRUE AND m.publisher_id IN ").append(publishers);
            if (scope.domainSlug() != null) {
                where.append(" AND m.domain = ").append(args.bind(scope.domainSlug()));
            }
        }
        where.append(" AND ").append(scope.diffusion().predicate("m", args, scope.announcers()));
        if (c.type() == MissionType.REMOTE) {
            where.append(" AND m.remote = 'full'");
        } else if (c.type() == MissionType.ON_SITE) {
            where.append(" AND (m.remote IS NULL OR m.remote <> 'full')");
        }
        if (scope.activitySlug() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM partner_mission_activity pa JOIN partner_activity x"
                    + " ON x.label = pa.label WHERE pa.mission_id = m.id AND x.slug = ")
                    .append(args.bind(scope.activitySlug())).append(')');
        }
        if (c.minorsOnly()) {
            where.append(" AND m.open_to_minors = TRUE");
        }
        if (c.from() != null) {
            where.append(" AND (m.end_at IS NULL OR m.end_at >= ").append(args.bind(startOf(c.from()))).append(')');
        }
        if (c.to() != null) {
            where.append(" AND m.start_at < ").append(args.bind(startOf(c.to().plusDays(1))));
        }
        String joins = " LEFT JOIN publisher_organization o ON o.id = m.organization_id"
                + " LEFT JOIN partner_domain pd ON pd.slug = m.domain"
                // the first address, by ix_partner_address_mission (mission_id, position): one lookup per hit
                + " LEFT JOIN partner_mission_address fa ON fa.mission_id = m.id AND fa.position = 0";
        // ordered by the first table's columns only, so that MariaDB sorts it alone and joins the page's rows only
        String order = geo ? " ORDER BY g.distance, g.mission_id" : " ORDER BY m.start_at, m.id";
        // In the order written, as SearchSql's page: the addresses in the box (or the announcers' live missions in
        // start order), then their missions and names. The publisher's name is a subquery, not a join: MariaDB
        // joins its two-row table through a join buffer, which loses the order and sorts every hit (twice as slow
        // at 100 km, bench ANALYZE).
        String page = "SELECT STRAIGHT_JOIN " + HIT_COLUMNS + (geo ? ", g.distance" : ", NULL")
                + ", (SELECT p.name FROM publisher p WHERE p.id = m.publisher_id)" + from + joins + where
                + order + " LIMIT " + limit;
        return new SearchSql.Statements(page, "SELECT STRAIGHT_JOIN COUNT(*)" + from + where, args.values());
    }

    /** The first instant of a day in France, as the catalogue's DATETIME columns are written. */
    static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(PARIS).toInstant());
    }
}
