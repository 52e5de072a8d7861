package fr.engagement.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.engagement.testing.EmbeddedDatabase;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The demo run ({@code ./mvnw -Pdemo package}): an embedded MariaDB whose data survives restarts, a GreenMail SMTP
 * server so the mail outbox really sends, and Payara Micro with the WAR and the demo data, until Ctrl-C stops all
 * three in order. Arguments: the web module's {@code target} directory and the data directory. Ports:
 * {@code -Ddemo.port} (HTTP, 8080), {@code -Ddemo.db.port} (3307, beside a local MariaDB on 3306),
 * {@code -Ddemo.smtp.port} (2525).
 */
public final class DemoLauncher {

    private final Path target;
    private final File data;
    private final int httpPort = Integer.getInteger("demo.port", 8080);
    private final int dbPort = Integer.getInteger("demo.db.port", 3307);
    private final int smtpPort = Integer.getInteger("demo.smtp.port", 2525);
    private final AtomicBoolean stopped = new AtomicBoolean();
    private EmbeddedDatabase database;
    private GreenMail mail;
    private Process payara;

    private DemoLauncher(Path target, File data) {
        this.target = target;
        this.data = data;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: DemoLauncher <web/target> <data directory>");
            System.exit(2);
        }
        DemoLauncher launcher = new DemoLauncher(Path.of(args[0]).toAbsolutePath(),
                Path.of(args[1]).toAbsolutePath().toFile());
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "demo-shutdown"));
        System.exit(launcher.run());
    }

    private int run() throws Exception {
        Path war = target.resolve("engagement.war");
        Path micro = target.resolve("payara-micro.jar");
        if (!Files.exists(war) || !Files.exists(micro)) {
            System.err.println("Missing " + war + " or " + micro + ": build with ./mvnw -Pdemo package");
            return 1;
        }
        say("Base de données MariaDB embarquée (port " + dbPort + ", données dans " + data + ")");
        database = EmbeddedDatabase.start(dbPort, data);
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        say("Serveur de courriel GreenMail sur 127.0.0.1:" + smtpPort);

        // Micro keeps the applications of its root directory and would redeploy a stale copy: start afresh
        Path root = target.resolve("demo-micro");
        deleteRecursively(root);
        Files.createDirectories(root);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Djava.io.tmpdir=" + root,
                "-Ddb.url=jdbc:mariadb://127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.NAME,
                "-Ddb.user=root", "-Ddb.password=x", "-Dapp.demo-data=true",
                "-Dmail.smtp.host=127.0.0.1", "-Dmail.smtp.port=" + smtpPort,
                "-Dapp.base-url=http://localhost:" + httpPort, "-Dapp.session-cookie-secure=false",
                // the demo's feed announcer imports the feed the application serves itself
                "-Dpartners.feed.allowed-hosts=localhost",
                "-jar", micro.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--nocluster", "--rootdir", root.toString());
        payara = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Boolean> booted = echo(payara);
        if (Boolean.TRUE.equals(booted.get()) && answers()) {
            banner();
        } else if (payara.isAlive()) {
            say("Payara a démarré mais l'application ne répond pas : voir les messages ci-dessus.");
        }
        int code = payara.waitFor();
        return stopped.get() ? 0 : code;
    }

    /** Copies Payara's output through and tells when it says it is ready (deployment done, or failed). */
    private static CompletableFuture<Boolean> echo(Process process) {
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        AtomicBoolean deployed = new AtomicBoolean();
        Thread copier = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    System.out.println(line);
                    // Micro says "ready" even when the deployment failed: only a deployed WAR counts
                    if (line.contains("was successfully deployed")) {
                        deployed.set(true);
                    } else if (line.contains("Exception while loading the app")) {
                        deployed.set(false);
                    } else if (line.contains("ready in")) {
                        ready.complete(deployed.get());
                    }
                }
            } catch (IOException e) {
                // the process ended: its output stream closed
            }
            ready.complete(false);
        }, "payara-output");
        copier.setDaemon(true);
        copier.start();
        return ready;
    }

    private boolean answers() throws InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + httpPort + "/");
        for (int attempt = 0; attempt < 60 && payara.isAlive(); attempt++) {
            try {
                HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(5000);
                int status = c.getResponseCode();
                c.disconnect();
                // A 404 still means the server and the deployed application answer (pages may come later).
                return status < 500;
            } catch (IOException notYet) {
                TimeUnit.SECONDS.sleep(1);
            }
        }
        return false;
    }

    private void banner() {
        String counts = counts();
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.println("  Engagement Civique : la démo est prête / the demo is ready");
        System.out.println("  -> http://localhost:" + httpPort + "/");
        System.out.println("  " + counts);
        System.out.println("  Comptes de démo (un par rôle) / demo accounts: docs/demo-accounts.md");
        System.out.println("  Courriels envoyés : GreenMail 127.0.0.1:" + smtpPort + " (rien ne part vraiment)");
        System.out.println("  Ctrl-C arrête tout ; les données restent dans " + data);
        System.out.println(line);
        System.out.println();
    }

    private String counts() {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "root", "");
                ResultSet r = c.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM account),"
                        + " (SELECT COUNT(*) FROM structure), (SELECT COUNT(*) FROM mission),"
                        + " (SELECT COUNT(*) FROM mission WHERE searchable), (SELECT COUNT(*) FROM candidature)")) {
            r.next();
            return String.format("%d comptes, %d structures, %d missions dont %d en ligne, %d candidatures",
                    r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        } catch (SQLException e) {
            return "base de données illisible : " + e.getMessage();
        }
    }

    /** Payara first (it holds connections), then the mail server, then the database; once only. */
    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        say("Arrêt de la démo...");
        if (payara != null && payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (mail != null) {
            say(mail.getReceivedMessages().length + " courriel(s) reçu(s) par GreenMail pendant la démo.");
            mail.stop();
        }
        if (database != null) {
            try {
                database.close();
            } catch (RuntimeException e) {
                System.err.println("MariaDB: " + e.getMessage());
            }
        }
        say("Démo arrêtée.");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void say(String message) {
        System.out.println("[démo] " + message);
    }
}
