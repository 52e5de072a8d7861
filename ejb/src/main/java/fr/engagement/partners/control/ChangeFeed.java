package fr.engagement.partners.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a search index stands in the {@code catalogue_change} log (V13), as an immutable value: the highest
 * number applied, and the numbers below it not seen yet (holes). A number is taken when a trigger inserts its row
 * but seen only when that transaction commits, so a later number may be seen first; a hole is asked for again until
 * its row appears, or forgotten after {@link #HOLE_TTL_MILLIS} (a rollback leaves it empty for ever).
 */
public record ChangeFeed(long applied, TreeMap<Long, Long> holes) {

    /** Longer than any transaction that writes missions (an import's chunk, its final cleanup). */
    public static final long HOLE_TTL_MILLIS = 30 * 60_000;

    /** Beyond that many holes the oldest are forgotten, so the catch-up statement stays small. */
    static final int MAX_HOLES = 2_000;

    /** One row of the log. */
    public record Change(long seq, String missionId) {}

    /** What a read of the log gives: the missions to read again, and the position after them. */
    public record Step(Set<String> missionIds, ChangeFeed next, int rows) {}

    public ChangeFeed {
        holes = new TreeMap<>(holes);
    }

    public static ChangeFeed at(long applied) {
        return new ChangeFeed(applied, new TreeMap<>());
    }

    /** The position of a snapshot: its highest number, and the numbers missing among the last {@code seen}. */
    public static ChangeFeed ofSnapshot(long max, List<Long> seen, long window, long nowMillis) {
        Set<Long> present = new java.util.HashSet<>(seen);
        TreeMap<Long, Long> holes = new TreeMap<>();
        for (long seq = Math.max(1, max - window + 1); seq < max; seq++) {
            if (!present.contains(seq)) {
                holes.put(seq, nowMillis);
            }
        }
        return new ChangeFeed(max, holes).trimmed(nowMillis);
    }

    /** The highest number in the log, 0 when empty. */
    public static long last(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM catalogue_change");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The position of the snapshot {@code c} reads in (a repeatable-read transaction): see {@link #ofSnapshot}. */
    public static ChangeFeed snapshot(Connection c, int window, long nowMillis) throws SQLException {
        long max = last(c);
        List<Long> seen = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT seq FROM catalogue_change WHERE seq > ?")) {
            s.setLong(1, max - window);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seen.add(r.getLong(1));
                }
            }
        }
        return ofSnapshot(max, seen, window, nowMillis);
    }

    /** Reads the log past this position, at most {@code limit} rows, and answers the step. */
    public Step read(Connection c, int limit, long nowMillis) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT seq, mission_id FROM catalogue_change WHERE seq > ?");
        if (!holes.isEmpty()) {
            sql.append(" OR seq IN (").append(String.join(", ", Collections.nCopies(holes.size(), "?"))).append(')');
        }
        sql.append(" ORDER BY seq LIMIT ").append(limit);
        List<Change> rows = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setLong(i++, applied);
            for (long hole : holes.keySet()) {
                s.setLong(i++, hole);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Change(r.getLong(1), r.getString(2)));
                }
            }
        }
        return step(rows, nowMillis);
    }

    /** The position after {@code rows} (in seq order): holes filled, new holes for numbers skipped. */
    public Step step(List<Change> rows, long nowMillis) {
        Set<String> missions = new LinkedHashSet<>();
        TreeMap<Long, Long> open = new TreeMap<>(holes);
        long max = applied;
        for (Change change : rows) {
            missions.add(change.missionId());
            if (change.seq() <= max) {
                open.remove(change.seq());
                continue;
            }
            for (long skipped = Math.max(max + 1, change.seq() - MAX_HOLES); skipped < change.seq(); skipped++) {
                open.put(skipped, nowMillis);
            }
            max = change.seq();
        }
        return new Step(missions, new ChangeFeed(max, open).trimmed(nowMillis), rows.size());
    }

    private ChangeFeed trimmed(long nowMillis) {
        holes.values().removeIf(firstSeen -> nowMillis - firstSeen > HOLE_TTL_MILLIS);
        while (holes.size() > MAX_HOLES) {
            holes.pollFirstEntry();
        }
        return this;
    }
}
