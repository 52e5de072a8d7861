package fr.engagement.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A partner calling our API over HTTP, as its own code would: the key in {@code x-api-key} (or the legacy
 * {@code apikey} header), JSON in and out. Answers keep the status, the content type and the parsed body.
 */
public final class PartnerApi {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/131.0.0.0 Safari/537.36";

    private final String base;

    /** {@code deployment}: the application's URL as Arquillian gives it. */
    public PartnerApi(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        this.base = "http://127.0.0.1:" + deployment.getPort() + path;
    }

    /** An answer: status, content type and body (JSON when it parses, else a JSON string of the raw text). */
    public record Answer(int status, String contentType, String text) {

        public JsonValue json() {
            try (var reader = Json.createReader(new StringReader(text))) {
                return reader.readValue();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (" + status + ", " + contentType + "): " + text, e);
            }
        }

        public JsonObject object() {
            return json().asJsonObject();
        }

        public JsonArray data() {
            return object().getJsonArray("data");
        }

        /** The {@code id} (or {@code _id}) of each item of {@code data}, or of {@code hits}. */
        public List<String> ids(String array) {
            List<String> ids = new ArrayList<>();
            object().getJsonArray(array).forEach(v -> ids.add(v.asJsonObject().getString("_id")));
            return ids;
        }
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Answer get(String path, String key) {
        return send("GET", path, key, "x-api-key", null);
    }

    public Answer getWithLegacyHeader(String path, String key) {
        return send("GET", path, key, "apikey", null);
    }

    public Answer post(String path, String key, String json) {
        return send("POST", path, key, "x-api-key", json);
    }

    public Answer put(String path, String key, String json) {
        return send("PUT", path, key, "x-api-key", json);
    }

    public Answer delete(String path, String key) {
        return send("DELETE", path, key, "x-api-key", null);
    }

    /**
     * A visitor's browser on a public route of the application, e.g. a tracked link {@code r/{missionId}/{publisherId}}:
     * a browser's User-Agent (robots are not counted), redirects not followed, headers kept.
     */
    public HttpResponse<String> browse(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("User-Agent", BROWSER).GET().build(), HttpResponse.BodyHandlers.ofString(
                            StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A path outside the application (the server's root), e.g. {@code /openapi}. */
    public Answer raw(String absolutePath, String accept) {
        URI app = URI.create(base);
        URI uri = URI.create(app.getScheme() + "://" + app.getAuthority() + absolutePath);
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    private Answer send(String method, String path, String key, String header, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (key != null) {
            request.header(header, key);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
