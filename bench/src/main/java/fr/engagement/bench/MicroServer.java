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
import java.util.concurrent.TimeUnit;

/** Payara Micro with the real WAR against the benchmark's database, in its own process (the server under test). */
final class MicroServer implements AutoCloseable {

    private final Process process;
    final String base;

    private MicroServer(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    static MicroServer start(Path payaraDir, String jdbcUrl, Path work, int port, List<String> properties)
            throws IOException, InterruptedException {
        Path root = work.resolve("bench-micro-" + port);
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(root);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + root, "-Ddb.url=" + jdbcUrl,
                "-Ddb.user=root", "-Ddb.password=x", "-Dapp.demo-data=false", "-Dmail.smtp.host=127.0.0.1",
                "-Dmail.smtp.port=2", "-Dapp.session-cookie-secure=false", "-Dapp.base-url=http://127.0.0.1:" + port));
        command.addAll(properties);
        command.addAll(List.of("-jar", payaraDir.resolve("payara-micro.jar").toString(), "--deploy",
                payaraDir.resolve("engagement.war").toString(), "--contextroot", "/", "--port", String.valueOf(port),
                "--nocluster", "--rootdir", root.toString()));
        Path log = work.resolve("bench-micro-" + port + ".log");
        System.out.println("Starting Payara Micro on port " + port + " (log: " + log + ")");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        MicroServer server = new MicroServer(process, "http://127.0.0.1:" + port);
        server.waitUntilUp();
        return server;
    }

    private void waitUntilUp() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        // ready means deployed and the catalogue's search index built: about a minute or two at 1,000,000 missions
        for (int attempt = 0; attempt < 900; attempt++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see its log");
            }
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build();
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException(base + " was not ready within 15 minutes");
    }

    /** The data of one readiness check, as JSON text ({@code catalogue-search-index}: its state and counters). */
    String readiness(String check) throws IOException, InterruptedException {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("\\{[^{}]*\"name\"\\s*:\\s*\"" + check
                + "\"[^{}]*\"data\"\\s*:\\s*(\\{[^}]*\\})").matcher(body);
        return m.find() ? m.group(1) : body;
    }

    long pid() {
        return process.pid();
    }

    /** Used heap of the server right now, in MB, from {@code jcmd GC.heap_info}; -1 when unreadable. */
    long usedHeapMb() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid()), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes());
            jcmd.waitFor(10, TimeUnit.SECONDS);
            var m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(out);
            return m.find() ? Long.parseLong(m.group(1)) / 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
