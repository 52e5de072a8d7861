package fr.engagement.partners.control;

import fr.engagement.partners.control.CatalogueQuery.Around;
import fr.engagement.partners.control.CatalogueQuery.DateBound;
import java.sql.Timestamp;
import java.util.List;

/**
 * The SQL of the mission routes, built from the criteria and the caller's diffusion scope: a pure function, tested
 * on its own and reusable by a benchmark. Every statement shares one list of numbered parameters.
 * <p>Around a point the statements start from the addresses' index {@code ix_partner_address_geo_domain (live,
 * domain, latitude, longitude, publisher_id, organization_id, start_at, mission_id)} (or {@code
 * ix_partner_address_geo} without a domain, V9): a range on the latitude band, then longitude, publisher,
 * organisation exclusions and the exact great-circle distance checked inside the index, the page ordered and the
 * total counted from it; the mission row is read only for filters the index does not hold. Without a point they
 * start from the missions ({@code ix_partner_mission_live (live, publisher_id, start_at)}).
 * <p>Facets are counted over every matching mission (GROUP BY over the same predicate), not over the page.
 */
public final class CatalogueSql {

    /**
     * A page statement (mission id, distance in km or NULL, and around a point the total as a fourth column), its
     * count, facets, and their parameters. {@code pageCounts}: the page rows carry the total (one scan of the address
     * index instead of two); the count statement is then needed only for a page past the end.
     */
    public record Statements(String page, String count, String domainFacet, String activityFacet,
            String departmentFacet, List<Object> args, boolean pageCounts) {

        /** The statement with plain JDBC placeholders, for a benchmark that runs it over JDBC. */
        public static String jdbc(String sql) {
            return NUMBERED.matcher(sql).replaceAll("?");
        }

        /** The values for {@link #jdbc}, in order of appearance: a parameter used twice is bound twice. */
        public List<Object> jdbcArgs(String sql) {
            List<Object> ordered = new java.util.ArrayList<>();
            java.util.regex.Matcher m = NUMBERED.matcher(sql);
            while (m.find()) {
                ordered.add(args.get(Integer.parseInt(m.group(1)) - 1));
            }
            return ordered;
        }
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\?(\\d+)");

    private CatalogueSql() {}

    public static Statements build(CatalogueQuery q, DiffusionScope scope) {
        SqlArgs args = new SqlArgs();
        return q.around() == null ? withoutPoint(q, scope, args) : aroundPoint(q, scope, args);
    }

    /** The id of a diffused mission, if {@code id} is one the caller may read. */
    public static String diffusedId(DiffusionScope scope, SqlArgs args, String id) {
        return "SELECT m.id FROM partner_mission m WHERE m.id = " + args.bind(id) + " AND m.live = TRUE AND "
                + scope.predicate("m", args, List.of());
    }

    private static Statements withoutPoint(CatalogueQuery q, DiffusionScope scope, SqlArgs args) {
        StringBuilder where = new StringBuilder(" WHERE m.live = TRUE AND ")
                .append(scope.predicate("m", args, q.publishers()));
        if (!q.domains().isEmpty()) {
            where.append(" AND m.domain IN ").append(args.in(q.domains()));
        }
        missionFilters(q, args, where);
        String from = " FROM partner_mission m" + where;
        String page = "SELECT m.id, NULL" + from + " ORDER BY m.start_at DESC, m.id DESC" + limit(q);
        // facets join the matching missions to their activities and first addresses: each (mission, label) and
        // each first address is one row, so COUNT(*) counts missions
        return new Statements(page, "SELECT COUNT(*)" + from,
                "SELECT m.domain, COUNT(*)" + from + " AND m.domain IS NOT NULL GROUP BY m.domain",
                "SELECT x.label, COUNT(*) FROM partner_mission m JOIN partner_mission_activity x ON x.mission_id = m.id"
                        + where + " GROUP BY x.label",
                "SELECT f.department_name, COUNT(*) FROM partner_mission m JOIN partner_mission_address f"
                        + " ON f.mission_id = m.id AND f.position = 0" + where
                        + " AND f.department_name IS NOT NULL GROUP BY f.department_name",
                args.values(), false);
    }

    private static Statements aroundPoint(CatalogueQuery q, DiffusionScope scope, SqlArgs args) {
        Around p = q.around();
        boolean needsMission = !q.indexOnlyAroundPoint() || scope.readsMission(q.publishers());
        String lat = args.bind(p.latitude());
        String lon = args.bind(p.longitude());
        String distance = "6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - " + lat + ") / 2), 2) + COS(RADIANS("
                + lat + ")) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - " + lon + ") / 2), 2)))";
        StringBuilder where = new StringBuilder(" WHERE a.live = TRUE");
        if (!q.domains().isEmpty()) {
            where.append(" AND a.domain IN ").append(args.in(q.domains()));
        }
        where.append(" AND a.latitude BETWEEN ").append(args.bind(p.latitude() - p.latitudeDelta())).append(" AND ")
                .append(args.bind(p.latitude() + p.latitudeDelta()))
                .append(" AND a.longitude BETWEEN ").append(args.bind(p.longitude() - p.longitudeDelta()))
                .append(" AND ").append(args.bind(p.longitude() + p.longitudeDelta()))
                .append(" AND ").append(scope.predicate("a", args, q.publishers()))
                .append(" AND ").append(distance).append(" <= ").append(args.bind(p.radiusKm()));
        if (needsMission) {
            missionFilters(q, args, where);
        }
        String tables = " FROM partner_mission_address a" + (needsMission
                ? " JOIN partner_mission m ON m.id = a.mission_id" : "");
        String from = tables + where;
        String order = q.sort() == CatalogueQuery.Sort.DISTANCE ? " ORDER BY distance, a.mission_id"
                : " ORDER BY latest_start DESC, a.mission_id DESC";
        // the window counts the groups (missions) before LIMIT: the exact total in the same scan
        String page = "SELECT a.mission_id, MIN(" + distance + ") AS distance, MAX(a.start_at) AS latest_start,"
                + " COUNT(*) OVER () AS total" + from + " GROUP BY a.mission_id" + order + limit(q);
        // A mission may have several addresses in the circle: facets count distinct missions. The domain is the
        // address copy, so the domain facet, like the count, reads the address index alone.
        return new Statements(page, "SELECT COUNT(DISTINCT a.mission_id)" + from,
                "SELECT a.domain, COUNT(DISTINCT a.mission_id)" + from + " AND a.domain IS NOT NULL GROUP BY a.domain",
                "SELECT x.label, COUNT(DISTINCT a.mission_id)" + tables
                        + " JOIN partner_mission_activity x ON x.mission_id = a.mission_id" + where + " GROUP BY x.label",
                "SELECT f.department_name, COUNT(DISTINCT a.mission_id)" + tables
                        + " JOIN partner_mission_address f ON f.mission_id = a.mission_id AND f.position = 0" + where
                        + " AND f.department_name IS NOT NULL GROUP BY f.department_name",
                args.values(), true);
    }

    private static String limit(CatalogueQuery q) {
        return " LIMIT " + q.limit() + " OFFSET " + q.skip();
    }

    /** The filters read on the mission row {@code m} (and its activities, addresses, organisation). */
    private static void missionFilters(CatalogueQuery q, SqlArgs args, StringBuilder where) {
        for (String word : q.keywords()) {
            String w = args.bind("%" + SqlArgs.likeLiteral(word) + "%");
            where.append(" AND (m.title LIKE ").append(w).append(" OR m.description LIKE ").append(w)
                    .append(" OR m.domain LIKE ").append(w)
                    .append(" OR EXISTS (SELECT 1 FROM partner_mission_address kx WHERE kx.mission_id = m.id"
                            + " AND kx.city LIKE ").append(w).append(')')
                    .append(" OR m.organization_id IN (SELECT ko.id FROM publisher_organization ko WHERE ko.name LIKE ")
                    .append(w).append("))");
        }
        if (!q.activities().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM partner_mission_activity ax WHERE ax.mission_id = m.id"
                    + " AND ax.label IN ").append(args.in(q.activities())).append(')');
        }
        anyAddress("city", q.cities(), args, where);
        anyAddress("country", q.countries(), args, where);
        anyAddress("department_name", q.departmentNames(), args, where);
        in("m.client_id", q.clientIds(), args, where);
        in("m.remote", q.remotes(), args, where);
        in("m.type", q.types(), args, where);
        organization("rna", q.organizationRnas(), args, where);
        organization("legal_status", q.organizationLegalStatuses(), args, where);
        if (q.openToMinors() != null) {
            where.append(" AND m.open_to_minors = ").append(args.bind(q.openToMinors()));
        }
        if (q.reducedMobilityAccessible() != null) {
            where.append(" AND m.reduced_mobility_accessible = ").append(args.bind(q.reducedMobilityAccessible()));
        }
        if (q.snuOnly()) {
            where.append(" AND m.snu = TRUE");
        }
        dates("m.created_at", q.createdAt(), args, where);
        dates("m.start_at", q.startAt(), args, where);
    }

    private static void in(String column, List<String> values, SqlArgs args, StringBuilder where) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" IN ").append(args.in(values));
        }
    }

    private static void anyAddress(String column, List<String> values, SqlArgs args, StringBuilder where) {
        if (!values.isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM partner_mission_address x WHERE x.mission_id = m.id AND x.")
                    .append(column).append(" IN ").append(args.in(values)).append(')');
        }
    }

    private static void organization(String column, List<String> values, SqlArgs args, StringBuilder where) {
        if (!values.isEmpty()) {
            where.append(" AND m.organization_id IN (SELECT fo.id FROM publisher_organization fo WHERE fo.")
                    .append(column).append(" IN ").append(args.in(values)).append(')');
        }
    }

    private static void dates(String column, List<DateBound> bounds, SqlArgs args, StringBuilder where) {
        for (DateBound b : bounds) {
            where.append(" AND ").append(column).append(b.after() ? " > " : " < ")
                    .append(args.bind(Timestamp.from(b.at())));
        }
    }
}
