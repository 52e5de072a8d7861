package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.TrackingFixtures.Partner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How {@link TrackingIT} calls the deployment over HTTP: as a browser or a robot from an address of its choice
 * (the loopback is a trusted proxy there), as a partner with its API key, or with a real headless Chromium.
 */
final class TrackingHttp {

    private TrackingHttp() {}

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Opens the page in headless Chromium, with a browser's user agent, until its timers have run. */
    static void headlessChromium(String url) throws Exception {
        java.nio.file.Path profile = java.nio.file.Files.createTempDirectory("jstag-chromium");
        Process chromium = new ProcessBuilder("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--user-agent=" + BROWSER,
                "--virtual-time-budget=8000", "--dump-dom", url)
                .redirectErrorStream(true).redirectOutput(profile.resolve("out.txt").toFile()).start();
        assertThat(chromium.waitFor(90, java.util.concurrent.TimeUnit.SECONDS)).as("chromium ended").isTrue();
        assertThat(java.nio.file.Files.readString(profile.resolve("out.txt"))).contains("Candidater");
    }

    /** The daily counts of a broadcaster equal its events that count (robots' left out), type by type. */
    static void assertCountsMatch(TrackingFixtures fixtures, String broadcasterId) {
        for (String type : List.of("click", "print", "apply", "account")) {
            assertThat(fixtures.dailyCount(broadcasterId, type)).as(type)
                    .isEqualTo(fixtures.eventCount(broadcasterId, type));
        }
    }

    static String newAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    static HttpResponse<String> get(String path, String ip, String userAgent, String referer)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LocalPort.base() + path)).GET()
                .timeout(Duration.ofSeconds(20)).header("X-Forwarded-For", ip);
        if (userAgent != null) {
            b.header("User-Agent", userAgent);
        }
        if (referer != null) {
            b.header("Referer", referer);
        }
        return send(b.build());
    }

    static HttpResponse<String> api(String method, String path, Partner caller, String body)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(LocalPort.base() + path))
                .timeout(Duration.ofSeconds(20)).header("x-api-key", caller.apiKey())
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return send(b.build());
    }

    static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String location(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return r.headers().firstValue("Location").orElseThrow();
    }

    static String clickIdOf(HttpResponse<String> r) {
        String id = params(location(r)).get("apiengagement_id");
        assertThat(id).as("click id in " + location(r)).isNotNull();
        return id;
    }

    static Map<String, String> params(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String query = URI.create(url).getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static JsonObject json(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readObject();
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
