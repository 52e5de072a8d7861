package fr.engagement.partners.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads catalogue missions as the search index holds them, over plain JDBC: every live mission in one streamed
 * statement for a build, or given missions for a catch-up (absent or not live: to be removed). One row per mission,
 * its addresses and activities folded in by correlated subqueries on their primary indexes.
 */
public final class IndexedMissions {

    private static final String SELECT = "SELECT m.id, m.live, m.publisher_id, m.organization_id, m.domain, m.start_at,"
            + " (SELECT GROUP_CONCAT(CONCAT(a.latitude, ' ', a.longitude) SEPARATOR ';') FROM partner_mission_address a"
            + " WHERE a.mission_id = m.id AND a.latitude IS NOT NULL AND a.longitude IS NOT NULL) AS points,"
            + " (SELECT f.department_name FROM partner_mission_address f WHERE f.mission_id = m.id AND f.position = 0"
            + " LIMIT 1) AS department,"
            + " (SELECT GROUP_CONCAT(x.label SEPARATOR '\\t') FROM partner_mission_activity x"
            + " WHERE x.mission_id = m.id) AS activities"
            + " FROM partner_mission m";

    private IndexedMissions() {}

    /** Streams every live mission to {@code sink}; answers how many. */
    public static long everyLive(Connection c, Consumer<IndexedMission> sink) throws SQLException {
        long count = 0;
        try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE m.live = TRUE",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            // MariaDB Connector/J streams the rows with a fetch size, instead of holding a million in memory
            s.setFetchSize(1000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(row(r));
                    count++;
                }
            }
        }
        return count;
    }

    /** The missions of {@code ids}: the live ones with their content, the others (not live, gone) as empty. */
    public static Map<String, Optional<IndexedMission>> byIds(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Optional<IndexedMission>> found = new java.util.HashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (String id : all) {
            found.put(id, Optional.empty());
        }
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement s = c.prepareStatement(SELECT + " WHERE m.id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        if (r.getBoolean("live")) {
                            IndexedMission m = row(r);
                            found.put(m.id(), Optional.of(m));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static IndexedMission row(ResultSet r) throws SQLException {
        long organization = r.getLong("organization_id");
        Long organizationId = r.wasNull() ? null : organization;
        LocalDateTime start = r.getObject("start_at", LocalDateTime.class);
        Long startAt = start == null ? null
                : start.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + start.getNano() / 1_000;
        List<double[]> points = new ArrayList<>();
        String packed = r.getString("points");
        if (packed != null) {
            for (String pair : packed.split(";")) {
                int space = pair.indexOf(' ');
                points.add(new double[] {Double.parseDouble(pair.substring(0, space)),
                    Double.parseDouble(pair.substring(space + 1))});
            }
        }
        String labels = r.getString("activities");
        return new IndexedMission(r.getString("id"), r.getString("publisher_id"), organizationId,
                r.getString("domain"), startAt, points, r.getString("department"),
                labels == null ? List.of() : List.of(labels.split("\t")));
    }
}
