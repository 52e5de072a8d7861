package fr.engagement.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The search page over HTTP, the way people meet it: {@code users} clients at once, each GET timed from request to
 * last byte; once back to back (what the server can take), once with a pause before each request (people reading). With {@code payaraDir} (the web module's target), it first starts Payara Micro with the WAR against the
 * benchmark's database, and stops it afterwards.
 */
final class HttpSearchBenchmark {

    private final String url;
    private final int users;
    private final int requests;
    private final int thinkMillis;

    HttpSearchBenchmark(String url, int users, int requests, int thinkMillis) {
        this.url = url;
        this.users = users;
        this.requests = requests;
        this.thinkMillis = thinkMillis;
    }

    /** One row with no pause between a user's requests (the server's capacity), one with {@code thinkMillis}. */
    List<String> run(Path payaraDir, String jdbcUrl, Path work) throws Exception {
        Process payara = payaraDir == null ? null : start(payaraDir, jdbcUrl, work);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            waitUntilUp(client, payara);
            for (int i = 0; i < 200; i++) {
                get(client);
            }
            List<String> rows = new ArrayList<>();
            rows.add(pass(client, 0));
            if (thinkMillis > 0) {
                rows.add(pass(client, thinkMillis));
            }
            return rows;
        } finally {
            if (payara != null) {
                payara.destroy();
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly();
                }
            }
        }
    }

    private String pass(HttpClient client, int think) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> futures = new ArrayList<>();
        long wall = System.nanoTime();
        for (int u = 0; u < users; u++) {
            int user = u;
            futures.add(pool.submit(() -> {
                for (int i = user; i < requests; i += users) {
                    if (think > 0) {
                        TimeUnit.MILLISECONDS.sleep(think);
                    }
                    long t = System.nanoTime();
                    if (get(client) != 200) {
                        errors.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        Stats stats = new Stats(nanos, (System.nanoTime() - wall) / 1e9);
        return stats.row("GET " + url + " (" + users + " users, think " + think + " ms, " + errors.get() + " errors)",
                Double.NaN);
    }

    private int get(HttpClient client) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    private void waitUntilUp(HttpClient client, Process payara) throws Exception {
        for (int attempt = 0; attempt < 240; attempt++) {
            if (payara != null && !payara.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see its log");
            }
            try {
                if (get(client) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException(url + " did not answer 200 within 4 minutes");
    }

    private Process start(Path payaraDir, String jdbcUrl, Path work) throws IOException {
        Path root = work.resolve("bench-micro");
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
        int port = URI.create(url).getPort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Djava.io.tmpdir=" + root, "-Ddb.url=" + jdbcUrl, "-Ddb.user=root", "-Ddb.password=x",
                "-Dapp.demo-data=false", "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=2",
                "-Dapp.session-cookie-secure=false", "-jar", payaraDir.resolve("payara-micro.jar").toString(),
                "--deploy", payaraDir.resolve("engagement.war").toString(), "--contextroot", "/",
                "--port", String.valueOf(port), "--nocluster", "--rootdir", root.toString());
        System.out.println("Starting Payara Micro on port " + port + " (log: " + work.resolve("bench-micro.log") + ")");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("bench-micro.log").toFile()).start();
    }
}
