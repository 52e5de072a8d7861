package fr.engagement.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Partners' feeds served over HTTP on 127.0.0.1 from inside the test (the server under test fetches them as it
 * fetches a real partner's; 127.0.0.1 is allow-listed for the tests by partners.feed.allowed-hosts). A feed is set
 * per path and may change between imports; /huge streams a feed of the given size, generated as it is sent.
 */
public final class FeedServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, byte[]> feeds = new ConcurrentHashMap<>();
    private final Map<String, String> credentials = new ConcurrentHashMap<>();
    private final java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void put(String path, String xml) {
        feeds.put(path, xml.getBytes(StandardCharsets.UTF_8));
    }

    public void put(String path, byte[] bytes) {
        feeds.put(path, bytes);
    }

    /** Serves a resource of the test deployment (the reference feeds under feeds/). */
    public void putResource(String path, String resource) {
        try (InputStream in = FeedServer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No resource " + resource);
            }
            feeds.put(path, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void requireBasic(String path, String user, String password) {
        credentials.put(path, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String expected = credentials.get(path);
            if (expected != null && !expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            if (path.startsWith("/hold/")) {
                // answers only once released (or after a minute): an import that stays in its fetch step
                try {
                    held.await(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (path.startsWith("/generated/")) {
                streamGenerated(exchange, Integer.parseInt(path.substring("/generated/".length())));
                return;
            }
            if (path.startsWith("/huge/")) {
                streamHuge(exchange, Long.parseLong(path.substring("/huge/".length())));
                return;
            }
            byte[] body = feeds.get(path);
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        }
    }

    /** A valid feed of {@code count} missions over a few postal codes and organisations, as a partner sends. */
    private static void streamGenerated(HttpExchange exchange, int count) throws IOException {
        String[] places = {"75011|Paris", "69003|Lyon", "13008|Marseille", "38000|Grenoble", "20200|Bastia",
            "01000|Bourg-en-Bresse", "97400|Saint-Denis", "59000|Lille"};
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = new java.io.BufferedOutputStream(exchange.getResponseBody())) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><source>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                String[] place = places[i % places.length].split("\\|");
                out.write(("<mission><clientId>gen-" + i + "</clientId><title>Mission générée " + i + "</title>"
                        + "<description><![CDATA[<p>Aider les <b>autres</b>, mission " + i + "</p>]]></description>"
                        + "<applicationUrl>https://partner.example/m/" + i + "</applicationUrl>"
                        + "<startAt>2026-01-01</startAt><endAt>2026-12-31</endAt><domain>solidarite-insertion</domain>"
                        + "<activity>logistique, animation</activity><tags>a,b</tags><places>" + (1 + i % 5)
                        + "</places><addresses><address><postalCode>" + place[0] + "</postalCode><city>" + place[1]
                        + "</city><country>France</country></address></addresses>"
                        + "<organizationName>Association " + (i % 50) + "</organizationName></mission>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            out.write("</source>".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A well-formed feed of about {@code bytes} bytes, written as it goes (never held in memory). */
    private static void streamHuge(HttpExchange exchange, long bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><source>".getBytes(StandardCharsets.UTF_8));
            String padding = "x".repeat(2000);
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                byte[] mission = ("<mission><clientId>huge-" + i + "</clientId><title>Mission " + i + "</title>"
                        + "<description>" + padding + "</description></mission>").getBytes(StandardCharsets.UTF_8);
                out.write(mission);
                written += mission.length;
            }
            out.write("</source>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the importer hung up at its size limit: expected
        }
    }

    /** Lets the requests waiting on /hold/ get their answer (a 404). */
    public void release() {
        held.countDown();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
