package fr.engagement.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty schema with structures and missions spread over France like people: communes drawn by population,
 * about 3,000 validated structures, every active domain, 70 % of missions validated and searchable, 10 % remote,
 * 1 to 3 activities of the domain, 1 or 2 addresses in one department. Plain JDBC batches with ids assigned here
 * (no generated keys to wait for), committed every chunk: memory stays flat whatever the count.
 */
final class MissionGenerator {

    static final int CHUNK = 1000;
    static final int[] DOMAINS = {1, 2, 3, 4, 6, 7, 8, 9, 10, 11};
    /** How common each domain is (solidarity first, as on the real platform). */
    static final int[] DOMAIN_WEIGHTS = {8, 4, 7, 9, 2, 30, 6, 14, 12, 8};
    static final Map<Integer, int[]> ACTIVITIES = Map.of(1, new int[] {2, 19, 23}, 2, new int[] {14, 19, 23},
            3, new int[] {23, 27, 34, 40}, 4, new int[] {6, 20, 23}, 6, new int[] {27, 35, 23},
            7, new int[] {1, 3, 7, 8, 15, 21, 22, 28, 29, 36}, 8, new int[] {18, 23}, 9, new int[] {4, 6, 10, 17},
            10, new int[] {5, 12, 16, 22}, 11, new int[] {11, 24, 26, 30, 31, 33, 37, 39, 41});
    static final String[] TITLES = {"Distribuer des repas aux personnes sans-abri", "Accompagner des enfants dans"
            + " leurs devoirs", "Rendre visite à des personnes âgées isolées", "Ramasser les déchets au bord de l'eau",
            "Accueillir le public d'un festival", "Encadrer une séance de sport adapté", "Tenir un poste de secours",
            "Animer un atelier de français pour adultes", "Entretenir un jardin partagé", "Trier les dons du vestiaire"};
    static final String[] STATUSES = {"DRAFT", "WAITING_VALIDATION", "IN_REVIEW", "WAITING_CORRECTION", "REFUSED",
            "CANCELLED", "COMPLETED", "REPORTED"};

    private final Connection c;
    private final Communes communes;
    private final Random random = new Random(42);
    private final LocalDate today = LocalDate.now();
    private final Timestamp now = Timestamp.from(Instant.now());

    MissionGenerator(Connection c, Communes communes) {
        this.c = c;
        this.communes = communes;
    }

    /** Returns what it wrote, for the report. */
    String generate(int structureCount, int missionCount) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
        }
        int[] structureCommune = structures(structureCount);
        Map<String, List<Integer>> structuresByDepartment = new HashMap<>();
        for (int id = 1; id <= structureCount; id++) {
            structuresByDepartment.computeIfAbsent(communes.department[structureCommune[id]], d -> new ArrayList<>())
                    .add(id);
        }
        long addresses = missions(missionCount, structureCommune, structuresByDepartment);
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 1");
            s.execute("SET unique_checks = 1");
            s.execute("ANALYZE TABLE structure, mission, mission_address, mission_activity");
        }
        c.commit();
        c.setAutoCommit(true);
        return String.format("%,d structures, %,d missions, %,d addresses in %.1f s", structureCount, missionCount,
                addresses, (System.nanoTime() - start) / 1e9);
    }

    private int[] structures(int count) throws SQLException {
        int[] communeOf = new int[count + 1];
        try (PreparedStatement p = c.prepareStatement("INSERT INTO structure (id, name, legal_status, rna, postal_code,"
                + " commune_insee, city, department_code, latitude, longitude, status, created_at, updated_at)"
                + " VALUES (?, ?, 'ASSOCIATION', ?, ?, ?, ?, ?, ?, ?, 'VALIDATED', ?, ?)")) {
            for (int id = 1; id <= count; id++) {
                int k = communes.draw(random);
                communeOf[id] = k;
                p.setInt(1, id);
                p.setString(2, "Association solidaire n° " + id + " de " + communes.name[k]);
                p.setString(3, String.format("W%09d", id));
                p.setString(4, communes.postalCode[k]);
                p.setString(5, communes.insee[k]);
                p.setString(6, communes.name[k]);
                p.setString(7, communes.department[k]);
                p.setDouble(8, communes.latitude[k]);
                p.setDouble(9, communes.longitude[k]);
                p.setTimestamp(10, now);
                p.setTimestamp(11, now);
                p.addBatch();
                if (id % CHUNK == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO structure_domain (structure_id, domain_id)"
                + " VALUES (?, ?)")) {
            for (int id = 1; id <= count; id++) {
                p.setInt(1, id);
                p.setInt(2, domain());
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        return communeOf;
    }

    private long missions(int count, int[] structureCommune, Map<String, List<Integer>> byDepartment)
            throws SQLException {
        long addressId = 0;
        try (PreparedStatement m = c.prepareStatement("INSERT INTO mission (id, structure_id, title, description,"
                + " domain_id, secondary_domain_id, type, date_type, start_date, end_date, commitment_duration,"
                + " commitment_period, places, places_taken, open_to_minors, registration_open, department_code,"
                + " status, searchable, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, TRUE, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO mission_address (id, mission_id, position,"
                        + " postal_code, commune_insee, city, department_code, latitude, longitude, searchable)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement ma = c.prepareStatement("INSERT INTO mission_activity (mission_id, activity_id)"
                        + " VALUES (?, ?)")) {
            for (int id = 1; id <= count; id++) {
                boolean remote = random.nextInt(10) == 0;
                boolean searchable = random.nextInt(10) < 7;
                int first = communes.draw(random);
                String department = communes.department[first];
                List<Integer> local = byDepartment.get(department);
                int structure = local != null ? local.get(random.nextInt(local.size()))
                        : 1 + random.nextInt(structureCommune.length - 1);
                if (remote) {
                    department = communes.department[structureCommune[structure]];
                }
                int domain = domain();
                boolean recurring = random.nextInt(3) > 0;
                LocalDate startDate = today.plusDays(random.nextInt(200) - 100);
                LocalDate endDate = random.nextInt(8) == 0 ? null : startDate.plusDays(recurring
                        ? 60 + random.nextInt(300) : random.nextInt(3));
                m.setLong(1, id);
                m.setInt(2, structure);
                m.setString(3, TITLES[random.nextInt(TITLES.length)] + " à " + communes.name[first]);
                m.setString(4, "<p>Mission de bénévolat n° " + id + " : nous recherchons des bénévoles motivés pour"
                        + " rejoindre notre équipe, une formation est assurée.</p><ul><li>Accueillir</li>"
                        + "<li>Accompagner</li><li>Partager</li></ul>");
                m.setInt(5, domain);
                int secondary = random.nextInt(5) == 0 ? domain() : domain;
                m.setObject(6, secondary == domain ? null : secondary);
                m.setString(7, remote ? "REMOTE" : "ON_SITE");
                m.setString(8, recurring ? "RECURRING" : "ONE_OFF");
                m.setDate(9, Date.valueOf(startDate));
                m.setDate(10, endDate == null ? null : Date.valueOf(endDate));
                m.setString(11, recurring ? "HALF_DAY" : null);
                m.setString(12, recurring ? "WEEK" : null);
                m.setInt(13, 1 + random.nextInt(20));
                m.setBoolean(14, random.nextInt(3) == 0);
                m.setString(15, department);
                m.setString(16, searchable ? "VALIDATED" : STATUSES[random.nextInt(STATUSES.length)]);
                m.setBoolean(17, searchable);
                m.setTimestamp(18, now);
                m.setTimestamp(19, now);
                m.addBatch();
                int[] activities = ACTIVITIES.get(domain);
                int wanted = 1 + random.nextInt(Math.min(3, activities.length));
                int offset = random.nextInt(activities.length);
                for (int k = 0; k < wanted; k++) {
                    ma.setLong(1, id);
                    ma.setInt(2, activities[(offset + k) % activities.length]);
                    ma.addBatch();
                }
                if (!remote) {
                    int addressCount = random.nextInt(5) == 0 ? 2 : 1;
                    for (int position = 0; position < addressCount; position++) {
                        int k = position == 0 ? first : communes.drawIn(department, random);
                        a.setLong(1, ++addressId);
                        a.setLong(2, id);
                        a.setInt(3, position);
                        a.setString(4, communes.postalCode[k]);
                        a.setString(5, communes.insee[k]);
                        a.setString(6, communes.name[k]);
                        a.setString(7, communes.department[k]);
                        a.setDouble(8, communes.latitude[k]);
                        a.setDouble(9, communes.longitude[k]);
                        a.setBoolean(10, searchable);
                        a.addBatch();
                    }
                }
                if (id % CHUNK == 0) {
                    flush(m, a, ma);
                }
            }
            flush(m, a, ma);
        }
        return addressId;
    }

    private void flush(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement p : statements) {
            p.executeBatch();
        }
        c.commit();
    }

    private int domain() {
        int draw = random.nextInt(100);
        for (int i = 0; i < DOMAINS.length; i++) {
            draw -= DOMAIN_WEIGHTS[i];
            if (draw < 0) {
                return DOMAINS[i];
            }
        }
        return DOMAINS[0];
    }
}
