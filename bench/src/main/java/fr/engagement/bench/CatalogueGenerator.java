package fr.engagement.bench;

import fr.engagement.partners.entity.ApiKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * Fills the partner catalogue at scale: {@value #ANNOUNCERS} announcers with {@value #ORGANISATIONS} organisations
 * each, missions placed at communes drawn by population, the 20 partner domains weighted like the real catalogue,
 * 94 % accepted, 2 % refused, 4 % deleted, 1 or 2 addresses, 1 or 2 activities. One broadcaster (API key
 * {@link #BROADCASTER_KEY}) diffuses two announcers out of three minus {@value #EXCLUSIONS} excluded organisations,
 * which is what the v0 benchmark calls with. Plain JDBC batches, ids assigned here, committed every chunk.
 */
final class CatalogueGenerator {

    static final String BROADCASTER_ID = "b0000000000000000000bead";
    static final String BROADCASTER_KEY = "bench-diffuseur-cle-api-000000000000000000";
    static final String ANNOUNCER_KEY = "bench-annonceur-cle-api-000000000000000000";
    static final int ANNOUNCERS = 60;
    static final int ORGANISATIONS = 200;
    static final int EXCLUSIONS = 20;
    static final String[] DOMAINS = {"solidarite-insertion", "education", "sante", "environnement", "culture-loisirs",
        "sport", "animaux", "vivre-ensemble", "prevention-protection", "humanitaire", "memoire-et-citoyennete",
        "benevolat-competences", "emploi", "numerique", "communication", "gestion-finance-droit", "autre",
        "batiment-industrie-logistique", "recherche", "service-public-defense-securite"};
    static final int[] DOMAIN_WEIGHTS = {30, 14, 9, 9, 7, 6, 3, 5, 4, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1};
    static final String[] ACTIVITIES = {"Accueil de public", "Animation", "Logistique", "Soutien scolaire",
        "Collecte de produits", "Secourisme", "Sport", "Jardinage", "Informatique", "Lutte contre l'isolement",
        "Distribution", "Communication"};
    static final String[] TITLES = {"Distribuer des repas aux personnes sans-abri", "Accompagner des enfants dans"
        + " leurs devoirs", "Rendre visite à des personnes âgées isolées", "Ramasser les déchets au bord de l'eau",
        "Accueillir le public d'un festival", "Encadrer une séance de sport adapté", "Tenir un poste de secours",
        "Animer un atelier de français pour adultes", "Entretenir un jardin partagé", "Trier les dons du vestiaire"};
    private static final int CHUNK = 2000;

    private final Connection c;
    private final Communes communes;
    private final Random random = new Random(7);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final int[] cumulativeDomain = new int[DOMAINS.length];

    CatalogueGenerator(Connection c, Communes communes) {
        this.c = c;
        this.communes = communes;
        int sum = 0;
        for (int i = 0; i < DOMAINS.length; i++) {
            sum += DOMAIN_WEIGHTS[i];
            cumulativeDomain[i] = sum;
        }
    }

    static String announcerId(int i) {
        return String.format("a%023x", i + 1);
    }

    String generate(int missionCount) throws SQLException {
        long start = System.nanoTime();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 0");
            s.execute("SET unique_checks = 0");
        }
        publishers();
        organisations();
        long addresses = missions(missionCount);
        try (Statement s = c.createStatement()) {
            s.execute("SET foreign_key_checks = 1");
            s.execute("SET unique_checks = 1");
            s.execute("ANALYZE TABLE partner_mission, partner_mission_address, partner_mission_activity,"
                    + " publisher_organization, diffusion_rule");
        }
        c.commit();
        c.setAutoCommit(true);
        return String.format("%d announcers, %,d organisations, %,d catalogue missions, %,d addresses in %.1f s",
                ANNOUNCERS, ANNOUNCERS * ORGANISATIONS, missionCount, addresses, (System.nanoTime() - start) / 1e9);
    }

    private void publishers() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO publisher (id, name, annonceur, api_rights,"
                + " api_key_hash, api_key_hint, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            add(p, BROADCASTER_ID, "Diffuseur du banc d'essai", false, true, ApiKeys.hash(BROADCASTER_KEY));
            for (int i = 0; i < ANNOUNCERS; i++) {
                add(p, announcerId(i), "Annonceur " + (i + 1), true, false, null);
            }
            p.executeBatch();
        }
        try (PreparedStatement root = c.prepareStatement("INSERT INTO diffusion_rule (id, publisher_id, parent_id,"
                + " field, operator, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ANNOUNCERS; i++) {
                if (i % 3 == 2) {
                    continue;
                }
                String rootId = UUID.randomUUID().toString();
                rule(root, rootId, null, "publisherId", "is", announcerId(i));
                if (i < EXCLUSIONS) {
                    rule(root, UUID.randomUUID().toString(), rootId, "publisherOrganization.clientId", "is_not",
                            "org-" + i + "-0");
                }
            }
            root.executeBatch();
        }
        c.commit();
    }

    private void add(PreparedStatement p, String id, String name, boolean announcer, boolean api, String hash)
            throws SQLException {
        p.setString(1, id);
        p.setString(2, name);
        p.setBoolean(3, announcer);
        p.setBoolean(4, api);
        p.setString(5, hash);
        p.setString(6, hash == null ? null : "bench-");
        p.setTimestamp(7, Timestamp.from(now));
        p.setTimestamp(8, Timestamp.from(now));
        p.addBatch();
    }

    private void rule(PreparedStatement p, String id, String parent, String field, String operator, String value)
            throws SQLException {
        p.setString(1, id);
        p.setString(2, BROADCASTER_ID);
        p.setString(3, parent);
        p.setString(4, field);
        p.setString(5, operator);
        p.setString(6, value);
        p.setTimestamp(7, Timestamp.from(now));
        p.setTimestamp(8, Timestamp.from(now));
        p.addBatch();
    }

    private void organisations() throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO publisher_organization (id, publisher_id, client_id,"
                + " name, rna, legal_status, parent_organizations, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < ANNOUNCERS; i++) {
                for (int o = 0; o < ORGANISATIONS; o++) {
                    p.setLong(1, organisationId(i, o));
                    p.setString(2, announcerId(i));
                    p.setString(3, "org-" + i + "-" + o);
                    p.setString(4, "Association " + (i + 1) + "-" + (o + 1));
                    p.setString(5, String.format("W%09d", i * ORGANISATIONS + o));
                    p.setString(6, "Association");
                    p.setString(7, o % 10 == 0 ? "[\"Réseau national " + (o % 7) + "\"]" : null);
                    p.setTimestamp(8, Timestamp.from(now));
                    p.setTimestamp(9, Timestamp.from(now));
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
    }

    private static long organisationId(int announcer, int organisation) {
        return (long) announcer * ORGANISATIONS + organisation + 1;
    }

    private long missions(int count) throws SQLException {
        long addresses = 0;
        try (PreparedStatement m = c.prepareStatement("INSERT INTO partner_mission (id, publisher_id, client_id,"
                + " organization_id, title, description, application_url, type, domain, remote, places, places_status,"
                + " open_to_minors, posted_at, start_at, end_at, status_code, status_comment, deleted_at, last_sync_at,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'benevolat', ?, ?, ?, 'GIVEN_BY_PARTNER', ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement a = c.prepareStatement("INSERT INTO partner_mission_address (mission_id, position,"
                        + " postal_code, city, department_code, country, latitude, longitude, geoloc_status, live,"
                        + " publisher_id, domain, start_at, organization_id) VALUES (?, ?, ?, ?, ?, 'FR', ?, ?,"
                        + " 'ENRICHED_BY_API', ?, ?, ?, ?, ?)");
                PreparedStatement act = c.prepareStatement(
                        "INSERT INTO partner_mission_activity (mission_id, label) VALUES (?, ?)")) {
            for (int i = 0; i < count; i++) {
                int announcer = random.nextInt(ANNOUNCERS);
                String id = new UUID(random.nextLong(), random.nextLong()).toString();
                String domain = DOMAINS[domain()];
                Timestamp startAt = Timestamp.from(now.plus(random.nextInt(540) - 360, ChronoUnit.DAYS));
                int roll = random.nextInt(100);
                boolean refused = roll < 2;
                boolean deleted = roll >= 96;
                boolean live = !refused && !deleted;
                m.setString(1, id);
                m.setString(2, announcerId(announcer));
                m.setString(3, "m-" + i);
                long organisation = organisationId(announcer, random.nextInt(ORGANISATIONS));
                m.setLong(4, organisation);
                m.setString(5, TITLES[random.nextInt(TITLES.length)]);
                m.setString(6, "Mission générée pour le banc d'essai : accueillir, accompagner, orienter. "
                        + "Aucune compétence particulière n'est demandée, une formation est assurée.");
                m.setString(7, "https://annonceur-" + (announcer + 1) + ".example.org/missions/" + i);
                m.setString(8, domain);
                m.setString(9, random.nextInt(10) == 0 ? "full" : "no");
                m.setInt(10, 1 + random.nextInt(10));
                m.setBoolean(11, random.nextInt(4) == 0);
                m.setTimestamp(12, Timestamp.from(startAt.toInstant().minus(30, ChronoUnit.DAYS)));
                m.setTimestamp(13, startAt);
                m.setTimestamp(14, Timestamp.from(startAt.toInstant().plus(90, ChronoUnit.DAYS)));
                m.setString(15, refused ? "REFUSED" : "ACCEPTED");
                m.setString(16, refused ? "Description manquante" : null);
                m.setTimestamp(17, deleted ? Timestamp.from(now) : null);
                m.setTimestamp(18, Timestamp.from(now));
                m.setTimestamp(19, Timestamp.from(now));
                m.setTimestamp(20, Timestamp.from(now));
                m.addBatch();
                int places = random.nextInt(5) == 0 ? 2 : 1;
                int first = communes.draw(random);
                for (int k = 0; k < places; k++) {
                    int commune = k == 0 ? first : communes.drawIn(communes.department[first], random);
                    a.setString(1, id);
                    a.setInt(2, k);
                    a.setString(3, communes.postalCode[commune]);
                    a.setString(4, communes.name[commune]);
                    a.setString(5, communes.department[commune]);
                    a.setDouble(6, communes.latitude[commune]);
                    a.setDouble(7, communes.longitude[commune]);
                    a.setBoolean(8, live);
                    a.setString(9, announcerId(announcer));
                    a.setString(10, domain);
                    a.setTimestamp(11, startAt);
                    a.setLong(12, organisation);
                    a.addBatch();
                    addresses++;
                }
                // distinct labels: a duplicate in an INSERT IGNORE batch made Connector/J 3.5 lose the whole
                // chunk without an error (seen here), so duplicates are never sent
                int firstActivity = random.nextInt(ACTIVITIES.length);
                int activities = 1 + random.nextInt(2);
                for (int k = 0; k < activities; k++) {
                    act.setString(1, id);
                    act.setString(2, ACTIVITIES[(firstActivity + k * 5) % ACTIVITIES.length]);
                    act.addBatch();
                }
                if ((i + 1) % CHUNK == 0 || i == count - 1) {
                    m.executeBatch();
                    a.executeBatch();
                    act.executeBatch();
                    c.commit();
                    if ((i + 1) % 100_000 == 0) {
                        System.out.printf("  %,d catalogue missions%n", i + 1);
                    }
                }
            }
        }
        return addresses;
    }

    private int domain() {
        int r = random.nextInt(cumulativeDomain[cumulativeDomain.length - 1]);
        for (int i = 0; i < cumulativeDomain.length; i++) {
            if (r < cumulativeDomain[i]) {
                return i;
            }
        }
        return 0;
    }
}
