package fr.engagement.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Adds a partner announcer that the platform diffuses (a root diffusion rule of the platform publisher) with its
 * missions in the shared catalogue, spread like ours (communes drawn by population, the peer's domains in the
 * proportions of ours): 90 % live, the rest refused or withdrawn, one address each with the copies the geo index
 * reads. Plain JDBC batches, committed every chunk. Skipped when the catalogue already holds that many.
 */
final class PartnerGenerator {

    static final String PLATFORM_ID = "6a0e5e0c1c0e0c1e2026ec01";
    static final String ANNOUNCER_ID = "be0c4a000000000000000001";

    private final Connection c;
    private final Communes communes;
    private final Random random = new Random(43);

    PartnerGenerator(Connection c, Communes communes) {
        this.c = c;
        this.communes = communes;
    }

    /** Our domain ids to the peer's slugs (domain.partner_slug). */
    static Map<Integer, String> partnerSlugs(Connection c) throws SQLException {
        Map<Integer, String> slugs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, partner_slug FROM domain")) {
            while (r.next()) {
                slugs.put(r.getInt(1), r.getString(2));
            }
        }
        return slugs;
    }

    String generate(int count) throws SQLException {
        long start = System.nanoTime();
        Map<Integer, String> slugs = partnerSlugs(c);
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM partner_mission WHERE publisher_id = '" + ANNOUNCER_ID + "'");
            s.execute("DELETE FROM diffusion_rule WHERE value = '" + ANNOUNCER_ID + "'");
            s.execute("DELETE FROM publisher WHERE id = '" + ANNOUNCER_ID + "'");
            s.execute("INSERT INTO publisher (id, name, annonceur) VALUES ('" + ANNOUNCER_ID
                    + "', 'Annonceur du banc d''essai', TRUE)");
            s.execute("INSERT INTO diffusion_rule (id, publisher_id, field, operator, value) VALUES ('"
                    + UUID.randomUUID() + "', '" + PLATFORM_ID + "', 'publisherId', 'is', '" + ANNOUNCER_ID + "')");
        }
        Instant now = Instant.now();
        try (PreparedStatement m = c.prepareStatement("INSERT INTO partner_mission (id, publisher_id, client_id, title,"
                + " type, domain, remote, places, open_to_minors, start_at, end_at, status_code, deleted_at)"
                + " VALUES (?, ?, ?, ?, 'benevolat', ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO partner_mission_address (mission_id, position,"
                        + " postal_code, city, department_code, latitude, longitude, live, publisher_id, domain,"
                        + " start_at) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                String domain = slugs.get(domain());
                boolean remote = random.nextInt(10) == 0;
                int state = random.nextInt(20);
                boolean live = state >= 2;
                Timestamp startAt = Timestamp.from(now.plus(random.nextInt(240) - 60, ChronoUnit.DAYS));
                m.setString(1, id);
                m.setString(2, ANNOUNCER_ID);
                m.setString(3, "bench-" + i);
                m.setString(4, MissionGenerator.TITLES[random.nextInt(MissionGenerator.TITLES.length)]);
                m.setString(5, domain);
                m.setString(6, remote ? "full" : "no");
                m.setInt(7, 1 + random.nextInt(10));
                m.setBoolean(8, random.nextInt(3) == 0);
                m.setTimestamp(9, startAt);
                m.setTimestamp(10, Timestamp.from(startAt.toInstant().plus(30 + random.nextInt(300), ChronoUnit.DAYS)));
                m.setString(11, state == 0 ? "REFUSED" : "ACCEPTED");
                m.setTimestamp(12, state == 1 ? Timestamp.from(now) : null);
                m.addBatch();
                if (!remote) {
                    int k = communes.draw(random);
                    a.setString(1, id);
                    a.setString(2, communes.postalCode[k]);
                    a.setString(3, communes.name[k]);
                    a.setString(4, communes.department[k]);
                    a.setDouble(5, communes.latitude[k]);
                    a.setDouble(6, communes.longitude[k]);
                    a.setBoolean(7, live);
                    a.setString(8, ANNOUNCER_ID);
                    a.setString(9, domain);
                    a.setTimestamp(10, startAt);
                    a.addBatch();
                }
                if ((i + 1) % MissionGenerator.CHUNK == 0) {
                    m.executeBatch();
                    a.executeBatch();
                    c.commit();
                }
            }
            m.executeBatch();
            a.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE partner_mission, partner_mission_address, diffusion_rule");
        }
        c.commit();
        c.setAutoCommit(true);
        return String.format("%,d partner missions of one diffused announcer in %.1f s", count,
                (System.nanoTime() - start) / 1e9);
    }

    private int domain() {
        int total = 0;
        for (int w : MissionGenerator.DOMAIN_WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < MissionGenerator.DOMAINS.length; i++) {
            pick -= MissionGenerator.DOMAIN_WEIGHTS[i];
            if (pick < 0) {
                return MissionGenerator.DOMAINS[i];
            }
        }
        return MissionGenerator.DOMAINS[0];
    }
}
