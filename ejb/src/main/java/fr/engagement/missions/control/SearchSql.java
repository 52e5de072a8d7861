package fr.engagement.missions.control;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.BoundingBox;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL of the public mission search, built from the criteria and nothing else: a pure function, so the search
 * boundary and the benchmark run exactly the same statements. Around a point, the addresses' index answers a
 * bounding box (searchable, latitude, longitude) and the exact great-circle distance refines it; filters then apply
 * to the few missions left. Values are bound as numbered parameters ({@code ?1}, {@code ?2}, ...): user input never
 * becomes SQL text.
 */
public final class SearchSql {

    static final String HIT_COLUMNS = "m.id, m.title, s.name, "
            + "(SELECT fa.city FROM mission_address fa WHERE fa.mission_id = m.id AND fa.position = 0), "
            + "m.department_code, d.name, m.type, m.places - m.places_taken, m.open_to_minors, m.start_date, m.end_date";

    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /** One page of hits, the count of all hits, and the values of their numbered parameters. */
    public record Statements(String page, String count, List<Object> args) {

        /** The same statement with plain JDBC placeholders ({@code ?}), as EclipseLink sends it. */
        public static String jdbc(String sql) {
            return NUMBERED.matcher(sql).replaceAll("?");
        }

        /** The values for {@link #jdbc}, in order of appearance: a numbered parameter used twice is bound twice. */
        public List<Object> jdbcArgs(String sql) {
            List<Object> ordered = new ArrayList<>();
            Matcher m = NUMBERED.matcher(sql);
            while (m.find()) {
                ordered.add(args.get(Integer.parseInt(m.group(1)) - 1));
            }
            return ordered;
        }
    }

    private SearchSql() {}

    /** {@code page} from 0 and {@code size} as the caller has bounded them; {@code today} ends past missions. */
    public static Statements build(SearchCriteria c, LocalDate today, int page, int size) {
        List<Object> args = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder(" WHERE m.searchable = TRUE AND (m.end_date IS NULL OR m.end_date >= ")
                .append(arg(args, Date.valueOf(today))).append(')');
        boolean geo = c.around() != null && c.type() != MissionType.REMOTE;
        if (geo) {
            BoundingBox box = c.around().boxAround(c.radiusKm());
            String lat = arg(args, c.around().latitude());
            String lon = arg(args, c.around().longitude());
            String distance = "6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - " + lat + ") / 2), 2) + COS(RADIANS("
                    + lat + ")) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - " + lon + ") / 2), 2)))";
            from.append(" FROM (SELECT a.mission_id, MIN(").append(distance).append(") AS distance")
                    .append(" FROM mission_address a WHERE a.searchable = TRUE AND a.latitude BETWEEN ")
                    .append(arg(args, box.minLatitude())).append(" AND ").append(arg(args, box.maxLatitude()))
                    .append(" AND a.longitude BETWEEN ").append(arg(args, box.minLongitude())).append(" AND ")
                    .append(arg(args, box.maxLongitude())).append(" GROUP BY a.mission_id HAVING distance <= ")
                    .append(arg(args, (double) c.radiusKm())).append(") g JOIN mission m ON m.id = g.mission_id");
        } else {
            from.append(" FROM mission m");
        }
        from.append(" JOIN structure s ON s.id = m.structure_id JOIN domain d ON d.id = m.domain_id");
        // Around a point the count needs neither structure nor domain (NOT NULL foreign keys: same count), and
        // joining them was a third of its cost at 100 km. Without a point the joins stay: through them MariaDB picks
        // the covering index ix_mission_online, and without them a worse plan (docs/benchmarks.md).
        String countFrom = geo ? from.substring(0, from.indexOf(" JOIN structure s")) : from.toString();
        if (c.type() != null) {
            where.append(" AND m.type = ").append(arg(args, c.type().name()));
        }
        if (c.domainId() != null) {
            String domain = arg(args, c.domainId());
            where.append(" AND (m.domain_id = ").append(domain).append(" OR m.secondary_domain_id = ").append(domain)
                    .append(')');
        }
        if (c.activityId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM mission_activity ma WHERE ma.mission_id = m.id"
                    + " AND ma.activity_id = ").append(arg(args, c.activityId())).append(')');
        }
        if (c.minorsOnly()) {
            where.append(" AND m.open_to_minors = TRUE");
        }
        if (c.from() != null) {
            where.append(" AND (m.end_date IS NULL OR m.end_date >= ").append(arg(args, Date.valueOf(c.from())))
                    .append(')');
        }
        if (c.to() != null) {
            where.append(" AND m.start_date <= ").append(arg(args, Date.valueOf(c.to())));
        }
        String order = geo ? " ORDER BY g.distance, m.id" : " ORDER BY m.start_date, m.id";
        // The page joins in the order written: nearest addresses (or, without a point, the soonest missions in the
        // order of ix_mission_soonest, V3) first, then their missions, and it stops after one page. Left to itself,
        // MariaDB starts from the structures to use the count's covering index (ix_mission_online) and sorts every
        // hit: fine for the count, ten times slower for a page (docs/benchmarks.md).
        String pageSql = "SELECT STRAIGHT_JOIN " + HIT_COLUMNS + (geo ? ", g.distance" : ", NULL") + from + where + order
                + " LIMIT " + size + " OFFSET " + (page * size);
        return new Statements(pageSql, "SELECT COUNT(*)" + countFrom + where, List.copyOf(args));
    }

    /** Adds a bound value and returns its numbered placeholder. */
    private static String arg(List<Object> args, Object value) {
        args.add(value);
        return "?" + args.size();
    }
}
