package fr.engagement.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tracked redirect under load: {@code GET /r/{missionId}/{publisherId}} of distinct visitors, each answered 302
 * with one click event stored before the answer. First with the benchmark's Java client, then, when {@code wrk} is
 * on the PATH, with wrk: a client that needs a fraction of a core, so that nearly both cores serve the clicks.
 * Each row gives the processor time the server and the database spent per redirect.
 */
final class RedirectBench {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern FOUND = Pattern.compile("FOUND (\\d+) OTHER (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("LATENCY_MS ([0-9.]+) ([0-9.]+) ([0-9.]+)");

    private final List<String> report;
    private final MicroServer micro;
    private final BenchDatabase db;
    private final ProcessCpu server;
    private final ProcessCpu database;
    private final List<String> ids = new ArrayList<>();

    RedirectBench(List<String> report, MicroServer micro, BenchDatabase db) throws SQLException {
        this.report = report;
        this.micro = micro;
        this.db = db;
        this.server = ProcessCpu.of(micro.pid());
        this.database = ProcessCpu.of(db.pid());
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM partner_mission WHERE live AND publisher_id = '"
                        + CatalogueGenerator.announcerId(0) + "' LIMIT 5000")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
    }

    void run(int requests) throws Exception {
        Load load = new Load();
        report.add("");
        report.add("## Tracked redirect GET /r/{missionId}/{publisherId} (302, one click event each)");
        report.add("");
        // the JIT compiles Payara's request path for minutes: measured cold, the redirect shows the compiler's cost
        int warmup = Integer.getInteger("bench.partner.redirect-warmup", 60_000);
        long warmStart = System.nanoTime();
        load.run(16, warmup, 302, i -> click(i, 9, false));
        report.add(String.format(Locale.ROOT, "Warm-up: %,d redirects in %.0f s, not counted below.", warmup,
                (System.nanoTime() - warmStart) / 1e9));
        report.add("");
        report.add("### The benchmark's Java client, on the same 2 cores");
        report.add("");
        String[] header = Stats.header().replace("mean hits", "events stored").split("\n");
        report.add(header[0] + " server CPU ms | database CPU ms |");
        report.add(header[1] + "---:|---:|");
        int round = 0;
        for (int clients : new int[] {4, 16, 16}) {
            // the last round gives every request its own user agent: the worst case of the robot check's memory
            boolean distinctAgents = round == 2;
            int visitors = ++round;
            long before = clicks();
            long serverBefore = server.millis();
            long databaseBefore = database.millis();
            Load.Result r = load.run(clients, requests, 302, i -> click(i, visitors, distinctAgents));
            double serverMs = (double) (server.millis() - serverBefore) / requests;
            double databaseMs = (double) (database.millis() - databaseBefore) / requests;
            long stored = clicks() - before;
            String row = r.stats().row(clients + " clients" + (distinctAgents ? ", a user agent each" : "") + ", "
                    + r.expected() + " redirects, " + r.errors() + " errors", stored);
            row += String.format(Locale.ROOT, " %.2f | %.2f |", serverMs, databaseMs);
            System.out.println(row);
            report.add(row);
            report.add("");
            report.add(String.format("Events stored for %d redirects answered: %d (%s).", r.expected(), stored,
                    stored == r.expected() ? "none lost" : "MISMATCH"));
            report.add("");
        }
        report.add("CPU ms: the server's and the database's processor time per redirect (user + system, from /proc),"
                + " what 2 cores must hold 2,000 times a second.");
        Optional<Path> wrk = wrk();
        if (wrk.isPresent()) {
            withWrk(wrk.get());
        } else {
            report.add("");
            report.add("No wrk on the PATH (Debian's package `wrk`): the rounds with wrk are skipped.");
        }
    }

    private void withWrk(Path wrk) throws Exception {
        int seconds = Integer.getInteger("bench.partner.wrk-seconds", 30);
        Path work = Files.createTempDirectory("bench-wrk");
        Path idsFile = Files.write(work.resolve("ids.txt"), ids, StandardCharsets.UTF_8);
        Path script = work.resolve("clicks.lua");
        try (InputStream lua = RedirectBench.class.getResourceAsStream("clicks.lua")) {
            Files.copy(lua, script);
        }
        report.add("");
        report.add("### wrk, 1 thread, in another process on the same 2 cores, " + seconds + " s a row");
        report.add("");
        report.add("| connections | redirects/s | p50 ms | p95 ms | p99 ms | 302 answers | other answers"
                + " | events stored | server CPU ms | database CPU ms | wrk CPU ms |");
        report.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int run = 40;
        for (int connections : new int[] {16, 32, 64}) {
            long before = clicks();
            long serverBefore = server.millis();
            long databaseBefore = database.millis();
            Process p = new ProcessBuilder(wrk.toString(), "-t1", "-c" + connections, "-d" + seconds + "s",
                    "--timeout", "10s", "-s", script.toString(), micro.base + "/", "--", idsFile.toString(),
                    CatalogueGenerator.BROADCASTER_ID, Integer.toString(run++)).redirectErrorStream(true).start();
            ProcessCpu client = ProcessCpu.of(p.pid());
            long clientMs = 0;
            StringBuilder out = new StringBuilder();
            try (InputStream in = p.getInputStream()) {
                // read while it runs, and its processor time with it: /proc forgets a process once it has ended
                byte[] buffer = new byte[4096];
                Thread reader = new Thread(() -> {
                    try {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            out.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                reader.start();
                while (p.isAlive()) {
                    try {
                        clientMs = client.millis();
                    } catch (RuntimeException ended) {
                        break;
                    }
                    Thread.sleep(200);
                }
                p.waitFor();
                reader.join();
            }
            // the answers wrk stopped reading at the end are still written: let them land before counting
            Thread.sleep(1000);
            long stored = clicks() - before;
            String text = out.toString();
            Matcher rate = RATE.matcher(text);
            Matcher found = FOUND.matcher(text);
            Matcher latency = LATENCY.matcher(text);
            if (!rate.find() || !found.find() || !latency.find()) {
                report.add("wrk output not understood: " + text.replace('\n', ' '));
                continue;
            }
            long answered = Long.parseLong(found.group(1));
            String row = String.format(Locale.ROOT, "| %d | %,.0f | %s | %s | %s | %,d | %s | %,d | %.2f | %.2f | %.2f |",
                    connections, Double.parseDouble(rate.group(1)), latency.group(1), latency.group(2),
                    latency.group(3), answered, found.group(2), stored,
                    (double) (server.millis() - serverBefore) / stored,
                    (double) (database.millis() - databaseBefore) / stored, (double) clientMs / answered);
            System.out.println(row);
            report.add(row);
        }
        report.add("");
        report.add("Events stored: at least one per 302 answer, and at most one more per connection (the requests"
                + " in flight when wrk stops are served, their answers not read). CPU ms per event stored.");
    }

    /**
     * A click of a distinct visitor: its own address (X-Forwarded-For through the trusted proxy 127.0.0.1, as behind
     * the production load balancer) and a user agent from 500 browser builds, or its own user agent.
     */
    private HttpRequest click(int i, int round, boolean distinctAgent) {
        String agent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0."
                + (distinctAgent ? round * 1_000_000 + i : i % 500) + ".0 Safari/537.36";
        String address = (10 + round) + "." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
        return HttpRequest.newBuilder(URI.create(micro.base + "/r/" + ids.get(i % ids.size()) + "/"
                + CatalogueGenerator.BROADCASTER_ID)).header("User-Agent", agent).header("X-Forwarded-For", address)
                .GET().build();
    }

    private long clicks() throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM stat_event WHERE type = 'click'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Optional<Path> wrk() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, "wrk");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
