package fr.engagement.bench;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.control.PartnerSearchSql;
import fr.engagement.missions.control.SearchSql;
import fr.engagement.partners.control.DiffusionScope;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.territory.entity.GeoPoint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Times the statements the search boundary runs ({@link SearchSql}, page then count, as {@code MissionSearch} does)
 * over JDBC: points drawn where people live, radii of the search page, with and without a domain filter. Warm-up
 * first; each scenario then runs {@code queries} searches on one connection, one after the other.
 */
final class SearchBenchmark {

    record Scenario(String name, int radiusKm, boolean domain) {}

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("10 km", 10, false), new Scenario("10 km + domaine", 10, true),
            new Scenario("20 km", 20, false), new Scenario("20 km + domaine", 20, true),
            new Scenario("50 km", 50, false), new Scenario("50 km + domaine", 50, true),
            new Scenario("100 km", 100, false), new Scenario("100 km + domaine", 100, true),
            new Scenario("sans lieu (toute la France)", 0, false),
            new Scenario("sans lieu + domaine", 0, true));

    static final int PAGE_SIZE = 20;

    private final Communes communes;
    private final Random random = new Random(7);
    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
    private long hits;
    /** Our domain ids to the peer's slugs when partner missions are searched too, else null. */
    private Map<Integer, String> partnerSlugs;

    SearchBenchmark(Communes communes) {
        this.communes = communes;
    }

    /**
     * The same scenarios as {@link #run}, with the partner missions of the announcers the platform diffuses, as
     * {@code MissionSearch} runs them for a first page: the two scope queries (roots, exclusions), then both pages
     * and both counts.
     */
    List<String> runWithPartners(Connection c, int queries) throws SQLException {
        partnerSlugs = PartnerGenerator.partnerSlugs(c);
        try {
            return run(c, queries);
        } finally {
            partnerSlugs = null;
        }
    }

    List<String> run(Connection c, int queries) throws SQLException {
        for (int i = 0; i < 300; i++) {
            search(c, criteria(SCENARIOS.get(i % SCENARIOS.size())));
        }
        List<String> rows = new ArrayList<>();
        rows.add(Stats.header());
        for (Scenario s : SCENARIOS) {
            long[] nanos = new long[queries];
            hits = 0;
            long wall = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                SearchCriteria criteria = criteria(s);
                long t = System.nanoTime();
                search(c, criteria);
                nanos[i] = System.nanoTime() - t;
            }
            Stats stats = new Stats(nanos, (System.nanoTime() - wall) / 1e9);
            rows.add(stats.row(s.name() + (partnerSlugs == null ? "" : " + partenaires"), (double) hits / queries));
            System.out.println(rows.get(rows.size() - 1));
        }
        return rows;
    }

    /** Several clients at once, each on its own connection: what the database gives on this machine. */
    String concurrent(BenchDatabase db, int clients, int queries) throws Exception {
        Scenario s = new Scenario(clients + " clients, 20 km + domaine", 20, true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] nanos = new long[queries];
        List<Future<?>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (int k = 0; k < clients; k++) {
            int client = k;
            futures.add(pool.submit(() -> {
                Random own = new Random(100 + client);
                try (Connection c = db.connect()) {
                    for (int i = client; i < queries; i += clients) {
                        SearchCriteria criteria = criteria(s, own);
                        long t = System.nanoTime();
                        search(c, criteria);
                        nanos[i] = System.nanoTime() - t;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new Stats(nanos, (System.nanoTime() - wall) / 1e9).row(s.name(), Double.NaN);
    }

    /** The plans MariaDB picks, on the busiest spot (Paris) for each radius, for the report. */
    List<String> explain(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (int radius : new int[] {20, 100}) {
            SearchSql.Statements sql = SearchSql.build(paris(radius), today, 0, PAGE_SIZE);
            lines.add("ANALYZE of the page query, Paris, " + radius + " km, domain 7:");
            lines.addAll(analyze(c, sql.page(), sql.jdbcArgs(sql.page())));
        }
        return lines;
    }

    /** The same for the partner statements (page and count), Paris, 100 km, domain 7. */
    List<String> explainPartners(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        String slug = PartnerGenerator.partnerSlugs(c).get(7);
        SearchSql.Statements sql = PartnerSearchSql.build(paris(100), platformScope(c, slug), today, PAGE_SIZE);
        lines.add("ANALYZE of the partner page query, Paris, 100 km, domain 7:");
        lines.addAll(analyze(c, sql.page(), sql.jdbcArgs(sql.page())));
        lines.add("ANALYZE of the partner count query, Paris, 100 km, domain 7:");
        lines.addAll(analyze(c, sql.count(), sql.jdbcArgs(sql.count())));
        return lines;
    }

    private static SearchCriteria paris(int radius) {
        return new SearchCriteria(new GeoPoint(48.85341, 2.3488), radius, 7, null, null, false, null, null);
    }

    private static List<String> analyze(Connection c, String sql, List<Object> args) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (PreparedStatement p = prepare(c, "ANALYZE " + SearchSql.Statements.jdbc(sql), args);
                ResultSet r = p.executeQuery()) {
            ResultSetMetaData meta = r.getMetaData();
            StringBuilder head = new StringBuilder();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                head.append(meta.getColumnLabel(i)).append(i < meta.getColumnCount() ? " | " : "");
            }
            lines.add(head.toString());
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(r.getString(i)).append(i < meta.getColumnCount() ? " | " : "");
                }
                lines.add(row.toString());
            }
        }
        return lines;
    }

    private SearchCriteria criteria(Scenario s) {
        return criteria(s, random);
    }

    private SearchCriteria criteria(Scenario s, Random r) {
        Integer domain = s.domain() ? MissionGenerator.DOMAINS[r.nextInt(MissionGenerator.DOMAINS.length)] : null;
        if (s.radiusKm() == 0) {
            return new SearchCriteria(null, 0, domain, null, null, false, null, null);
        }
        int k = communes.draw(r);
        return new SearchCriteria(new GeoPoint(communes.latitude[k], communes.longitude[k]), s.radiusKm(), domain,
                null, null, false, null, null);
    }

    /** What {@code MissionSearch.search} does: the page, then the count (and the same for partners' missions). */
    private void search(Connection c, SearchCriteria criteria) throws SQLException {
        run(c, SearchSql.build(criteria, today, 0, PAGE_SIZE));
        if (partnerSlugs != null) {
            String slug = criteria.domainId() == null ? null : partnerSlugs.get(criteria.domainId());
            run(c, PartnerSearchSql.build(criteria, platformScope(c, slug), today, PAGE_SIZE));
        }
    }

    /**
     * What {@code MissionSearch} reads of the platform's diffusion at each search: its root rules (announcers still
     * there) and their criteria, compiled by the application's {@link DiffusionScope}.
     */
    private static PartnerSearchSql.Scope platformScope(Connection c, String domainSlug) throws SQLException {
        Map<String, DiffusionRule> roots = new LinkedHashMap<>();
        List<DiffusionRule> rules = new ArrayList<>();
        try (PreparedStatement p = prepare(c, "SELECT r.value FROM diffusion_rule r JOIN publisher p"
                + " ON p.id = r.value WHERE r.publisher_id = ? AND r.parent_id IS NULL AND r.field = 'publisherId'"
                + " AND r.operator = 'is' AND p.deleted_at IS NULL AND p.platform = FALSE ORDER BY r.value",
                List.of(PartnerGenerator.PLATFORM_ID)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                DiffusionRule root = DiffusionRule.root(PartnerGenerator.PLATFORM_ID, r.getString(1), Instant.EPOCH);
                roots.put(r.getString(1), root);
                rules.add(root);
            }
        }
        try (PreparedStatement p = prepare(c, "SELECT r.value, x.field, x.field_type, x.operator, x.value"
                + " FROM diffusion_rule x JOIN diffusion_rule r ON r.id = x.parent_id WHERE x.publisher_id = ?"
                + " AND x.parent_id IS NOT NULL", List.of(PartnerGenerator.PLATFORM_ID));
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                DiffusionRule root = roots.get(r.getString(1));
                if (root != null) {
                    rules.add(DiffusionRule.child(root, r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), Instant.EPOCH));
                }
            }
        }
        DiffusionScope scope = DiffusionScope.of(PartnerGenerator.PLATFORM_ID, rules, roots.keySet());
        return new PartnerSearchSql.Scope(scope, List.copyOf(roots.keySet()), domainSlug, null);
    }

    private void run(Connection c, SearchSql.Statements sql) throws SQLException {
        try (PreparedStatement p = prepare(c, SearchSql.Statements.jdbc(sql.page()), sql.jdbcArgs(sql.page()));
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                r.getObject(1);
            }
        }
        try (PreparedStatement p = prepare(c, SearchSql.Statements.jdbc(sql.count()), sql.jdbcArgs(sql.count()));
                ResultSet r = p.executeQuery()) {
            r.next();
            synchronized (this) {
                hits += r.getLong(1);
            }
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
        return p;
    }
}
