package fr.engagement.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The partner exchange benchmark ({@code -Dbench.suite=partners}): the catalogue generated at 1,000,000 missions
 * (kept in {@code target/bench-partners-db}), Payara Micro with the real WAR in its own process, and this process
 * as the load client: {@code GET /v0/mission} with geo and domain filters, the import of a generated feed of
 * 100,000 missions and its unchanged re-import, and the tracked redirect under load (events counted afterwards).
 * Writes {@code target/partner-bench-results.md}.
 */
final class PartnerBench {

    private static final String FEED_PUBLISHER = "f0000000000000000000feed";

    private final Path target;
    private final List<String> report = new ArrayList<>();
    private final Random random = new Random(3);

    private PartnerBench(Path target) {
        this.target = target;
    }

    static void run(Path target) throws Exception {
        new PartnerBench(target).run();
    }

    private void run() throws Exception {
        int port = Integer.getInteger("bench.db.port", 3308) + 1;
        int missions = Integer.getInteger("bench.partner.missions", 1_000_000);
        int requests = Integer.getInteger("bench.partner.requests", 2000);
        int feedSize = Integer.getInteger("bench.partner.feed", 100_000);
        int redirects = Integer.getInteger("bench.partner.redirects", 20_000);
        Path payara = Path.of(System.getProperty("bench.http.payara"));
        // bench.partner.only=search,import,redirect runs a part of the suite, to iterate on one of them
        java.util.Set<String> only = java.util.Set.of(System.getProperty("bench.partner.only",
                "search,import,redirect").split(","));
        report.add("# Partner exchange benchmark, " + LocalDateTime.now().withNano(0));
        try (BenchDatabase db = BenchDatabase.start(port, target.resolve("bench-partners-db").toFile())) {
            Communes communes;
            try (Connection c = db.connect()) {
                communes = Communes.load(c);
                long existing = scalar(c, "SELECT COUNT(*) FROM partner_mission WHERE publisher_id <> '"
                        + FEED_PUBLISHER + "'");
                if (existing != missions) {
                    if (existing > 0 || scalar(c, "SELECT COUNT(*) FROM publisher") > 1) {
                        db.reset();
                    }
                    try (Connection fresh = db.connect()) {
                        String generated = new CatalogueGenerator(fresh, communes).generate(missions);
                        // the generator's rows went through the change log's triggers; no index was running, and
                        // each server builds its own from the missions
                        try (Statement s = fresh.createStatement()) {
                            s.executeUpdate("TRUNCATE TABLE catalogue_change");
                        }
                        System.out.println("Generated " + generated);
                        report.add("");
                        report.add("Generated: " + generated + ".");
                    }
                } else {
                    report.add("");
                    report.add(String.format("Reused the generated catalogue (%,d missions).", existing));
                }
            }
            try (Connection c = db.connect()) {
                report.add(String.format("Live missions: %,d; addresses: %,d; machine load before: %s.",
                        scalar(c, "SELECT COUNT(*) FROM partner_mission WHERE live"),
                        scalar(c, "SELECT COUNT(*) FROM partner_mission_address"), Bench.load()));
                feedPublisher(c);
                System.out.println(report.get(report.size() - 1));
            }
            if (requests == 0) {
                System.out.println("bench.partner.requests=0: catalogue generated, nothing timed.");
                return;
            }
            int httpPort = Integer.getInteger("bench.partner.http-port", 8190);
            int feedPort = httpPort + 1;
            Path feed = target.resolve("bench-feed.xml");
            long feedBytes = FeedGenerator.write(feed, feedSize, communes);
            HttpServer feedServer = serve(feed, feedPort);
            List<String> options = new ArrayList<>(List.of(
                    "-Dpartners.feed.allowed-hosts=127.0.0.1", "-Dapp.trusted-proxies=127.0.0.1",
                    "-Dpartners.rate-limit.enabled=false",
                    "-Dpartners.rate-limit.publisher=1000000000", "-Dpartners.rate-limit.ip=1000000000",
                    "-Dpartners.import.schedule=off"));
            // bench.micro.opts: more server JVM options, e.g. -XX:StartFlightRecording to profile a scenario
            String extra = System.getProperty("bench.micro.opts", "").strip();
            if (!extra.isEmpty()) {
                options.addAll(List.of(extra.split("\\s+")));
            }
            long starting = System.nanoTime();
            try (MicroServer micro = MicroServer.start(payara, db.jdbcUrl(), target, httpPort, options)) {
                report.add("");
                report.add(String.format(Locale.ROOT, "Payara Micro ready (deployed, search index built) in %.0f s:"
                        + " %s.", (System.nanoTime() - starting) / 1e9, micro.readiness("catalogue-search-index")));
                if (only.contains("search")) {
                    search(micro, communes, requests);
                }
                try (Connection c = db.connect()) {
                    setFeed(c, "http://127.0.0.1:" + feedPort + "/feed.xml");
                }
                report.add("");
                report.add(String.format("## Feed import (%,d missions, %.1f MB), Payara heap -Xmx1g", feedSize,
                        feedBytes / 1e6));
                report.add("");
                report.add("| run | wall s | missions/s | max used heap MB | created | updated | unchanged | deleted |"
                        + " refused |");
                report.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
                report.add("");
                report.add("Search index after the searches: " + micro.readiness("catalogue-search-index") + ".");
                if (only.contains("import")) {
                    importOnce(micro, db, "first import, fresh server", feedSize);
                    importOnce(micro, db, "re-import, unchanged, fresh server", feedSize);
                    // A server that has run imports before (the JIT has compiled the import's code, which takes
                    // about a core for the first minute after a start): the feed's missions are removed and the
                    // same two imports run again.
                    try (Connection c = db.connect()) {
                        feedPublisher(c);
                    }
                    importOnce(micro, db, "first import, warm server", feedSize);
                    importOnce(micro, db, "re-import, unchanged, warm server", feedSize);
                }
                report.add("");
                report.add("Search index after the imports: " + micro.readiness("catalogue-search-index") + ".");
                if (only.contains("redirect")) {
                    new RedirectBench(report, micro, db).run(redirects);
                }
            } finally {
                feedServer.stop(0);
            }
        }
        Path out = target.resolve("partner-bench-results.md");
        Files.write(out, report, StandardCharsets.UTF_8);
        System.out.println("Results: " + out);
    }

    private void search(MicroServer micro, Communes communes, int requests) throws Exception {
        Load load = new Load();
        report.add("");
        report.add("## GET /v0/mission (limit 25, exact total), Payara Micro and this client on the same 2 cores");
        report.add("");
        report.add(Stats.header().replace("mean hits", "mean total"));
        String[][] scenarios = {{"geo 10 km + domain", "10km", "domain"}, {"geo 25 km + domain", "25km", "domain"},
            {"geo 50 km + domain", "50km", "domain"}, {"geo 50 km", "50km", ""}, {"domain only", "", "domain"}};
        load.run(2, 300, 200, i -> v0(micro, communes, "50km", true));
        for (int clients : new int[] {1, 4, 16}) {
            for (String[] s : scenarios) {
                if (clients != 1 && !s[0].equals("geo 25 km + domain")) {
                    continue;
                }
                // the wide searches (outside the service level) are timed on fewer requests: they take seconds
                int n = s[1].isEmpty() || s[2].isEmpty() ? Math.max(1, requests / 10) : requests;
                Load.Result r = load.run(clients, n, 200,
                        i -> v0(micro, communes, s[1], !s[2].isEmpty()));
                String row = r.stats().row(s[0] + ", " + clients + " client(s), " + r.errors() + " errors",
                        r.meanTotal());
                System.out.println(row);
                report.add(row);
            }
        }
    }

    private HttpRequest v0(MicroServer micro, Communes communes, String distance, boolean domain) {
        StringBuilder url = new StringBuilder(micro.base).append("/v0/mission?limit=25");
        synchronized (random) {
            if (!distance.isEmpty()) {
                int commune = communes.draw(random);
                url.append(String.format(Locale.ROOT, "&lat=%.4f&lon=%.4f&distance=%s", communes.latitude[commune],
                        communes.longitude[commune], distance));
            }
            if (domain) {
                url.append("&domain=").append(CatalogueGenerator.DOMAINS[random.nextInt(8)]);
            }
        }
        return HttpRequest.newBuilder(URI.create(url.toString())).header("x-api-key",
                CatalogueGenerator.BROADCASTER_KEY).timeout(java.time.Duration.ofSeconds(30)).GET().build();
    }

    private void importOnce(MicroServer micro, BenchDatabase db, String label, int feedSize) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(micro.base + "/v2/import"))
                .header("x-api-key", CatalogueGenerator.ANNOUNCER_KEY).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("POST /v2/import answered " + started.statusCode() + ": "
                    + started.body());
        }
        var id = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)").matcher(started.body());
        if (!id.find()) {
            throw new IllegalStateException("No import id in " + started.body());
        }
        long maxHeap = 0;
        String status = "RUNNING";
        String body = "";
        while ("RUNNING".equals(status)) {
            TimeUnit.MILLISECONDS.sleep(500);
            maxHeap = Math.max(maxHeap, micro.usedHeapMb());
            body = client.send(HttpRequest.newBuilder(URI.create(micro.base + "/v2/import/" + id.group(1)))
                    .header("x-api-key", CatalogueGenerator.ANNOUNCER_KEY).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            var m = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(body);
            status = m.find() ? m.group(1) : "UNKNOWN";
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String row = String.format(Locale.ROOT, "| %s (%s) | %.1f | %.0f | %d | %s | %s | %s | %s | %s |", label, status,
                seconds, feedSize / seconds, maxHeap, field(body, "createdCount"), field(body, "updatedCount"),
                field(body, "unchangedCount"), field(body, "deletedCount"), field(body, "refusedCount"));
        System.out.println(row + "  " + body);
        report.add(row);
    }

    private static String field(String json, String name) {
        var m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    private static HttpServer serve(Path feed, int port) throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
            exchange.sendResponseHeaders(200, Files.size(feed));
            try (var out = exchange.getResponseBody()) {
                Files.copy(feed, out);
            }
        });
        server.start();
        return server;
    }

    private static void feedPublisher(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT IGNORE INTO publisher (id, name, annonceur,"
                + " api_key_hash, api_key_hint, created_at, updated_at) VALUES (?, 'Annonceur par flux', TRUE, ?,"
                + " 'bench-', NOW(6), NOW(6))")) {
            p.setString(1, FEED_PUBLISHER);
            p.setString(2, fr.engagement.partners.entity.ApiKeys.hash(CatalogueGenerator.ANNOUNCER_KEY));
            p.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM feed_import_refusal");
            s.executeUpdate("DELETE FROM feed_import");
            s.executeUpdate("DELETE a FROM partner_mission_address a JOIN partner_mission m ON m.id = a.mission_id"
                    + " WHERE m.publisher_id = '" + FEED_PUBLISHER + "'");
            s.executeUpdate("DELETE FROM partner_mission WHERE publisher_id = '" + FEED_PUBLISHER + "'");
        }
    }

    private static void setFeed(Connection c, String url) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE publisher SET feed_url = ? WHERE id = ?")) {
            p.setString(1, url);
            p.setString(2, FEED_PUBLISHER);
            p.executeUpdate();
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
