package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.Eventually;
import fr.engagement.it.support.FeedServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The v2 write routes and our import routes over HTTP, as a partner calls them: shapes and status codes of the
 * contract, the peer's error envelope, and scope (an announcer never reaches another's missions or imports).
 */
@ExtendWith(ArquillianExtension.class)
class MissionV2IT {

    /** Every field of MissionV2 (openapi.yaml), present even when null. */
    static final List<String> MISSION_V2_FIELDS = List.of("id", "clientId", "publisherId", "statusCode",
            "statusComment", "title", "description", "applicationUrl", "image", "metadata", "domain", "activities",
            "tags", "audience", "requirements", "softSkills", "romeSkills", "remote", "schedule", "startAt", "endAt",
            "postedAt", "places", "compensationAmount", "compensationAmountMax", "compensationUnit",
            "compensationType", "addresses", "type", "organizationClientId", "organizationName",
            "organizationDescription", "organizationUrl", "organizationType", "organizationLogo", "organizationRNA",
            "organizationSiren", "organizationSiret", "organizationFullAddress", "organizationPostCode",
            "organizationCity", "organizationStatusJuridique", "organizationBeneficiaries", "organizationActions",
            "organizationReseaux", "createdAt", "updatedAt", "deletedAt", "openToMinors", "reducedMobilityAccessible",
            "closeToTransport");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(MissionV2IT.class);
    }

    @ArquillianResource
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, JsonObject json) {}

    private String url(String path) {
        return "http://127.0.0.1:" + base.getPort() + base.getPath().replaceAll("/$", "") + path;
    }

    /** Creates an announcer; returns {id, key}. */
    private String[] announcer(String feed) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/it/partners")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Annonceur&feed="
                        + java.net.URLEncoder.encode(feed == null ? "" : feed, "UTF-8"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().split(" ");
    }

    private Answer call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (key != null) {
            b.header("x-api-key", key);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonObject json = r.body().isBlank() ? null : Json.createReader(new StringReader(r.body())).readObject();
        return new Answer(r.statusCode(), json);
    }

    private static void assertError(Answer a, int status, String code) {
        assertThat(a.status()).as(String.valueOf(a.json())).isEqualTo(status);
        assertThat(a.json().getBoolean("ok")).isFalse();
        assertThat(a.json().getString("code")).isEqualTo(code);
        assertThat(a.json().getString("message")).isNotBlank();
    }

    static final String VALID = """
            {"clientId": "%s", "title": "Animateur bénévole en maison de retraite",
             "description": "<p>Favoriser la <b>mixité</b></p>", "applicationUrl": "https://example.org/apply",
             "domain": "sante", "activities": ["animation", "lutte-contre-isolement"], "tags": ["Sport"],
             "remote": "no", "places": 3, "startAt": "2026-09-01T00:00:00.000Z", "endAt": "2027-06-30T00:00:00.000Z",
             "openToMinors": true, "compensationAmount": 0, "compensationAmountMax": 13, "compensationUnit": "hour",
             "addresses": [{"street": "12 rue de la Paix", "postalCode": "75001", "city": "Paris",
                            "country": "France"}],
             "organizationName": "Croix-Rouge française", "organizationRNA": "W751206979",
             "organizationSiret": "77567227221138"}""";

    @Test
    void createUpdateDeleteWithTheContractsShapes() throws Exception {
        String key = announcer(null)[1];
        Answer created = call("POST", "/v2/mission", key, VALID.formatted("m-1"));
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        JsonObject m = created.json().getJsonObject("data");
        assertThat(created.json().getBoolean("ok")).isTrue();
        assertThat(m.keySet()).containsAll(MISSION_V2_FIELDS);
        assertThat(m.getString("statusCode")).isEqualTo("ACCEPTED");
        assertThat(m.get("statusComment")).isEqualTo(JsonValue.NULL);
        assertThat(m.get("deletedAt")).isEqualTo(JsonValue.NULL);
        assertThat(m.getString("description")).isEqualTo("<p>Favoriser la <b>mixité</b></p>");
        assertThat(m.getJsonArray("activities").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("Animation", "Lutte contre l'isolement");
        assertThat(m.getInt("places")).isEqualTo(3);
        assertThat(m.getString("type")).isEqualTo("benevolat");
        assertThat(m.getString("organizationSiret")).isEqualTo("77567227221138");
        JsonObject address = m.getJsonArray("addresses").getJsonObject(0);
        assertThat(address.getString("country")).isEqualTo("FR");
        assertThat(address.getString("departmentCode")).isEqualTo("75");
        assertThat(address.getString("geolocStatus")).isEqualTo("ENRICHED_BY_API");

        assertError(call("POST", "/v2/mission", key, VALID.formatted("m-1")), 409, "RESSOURCE_ALREADY_EXIST");

        // PATCH: only the title changes; the merged state is reviewed again, and "France" stays valid
        Answer updated = call("PUT", "/v2/mission/m-1", key, "{\"title\": \"Nouveau titre de mission\"}");
        assertThat(updated.status()).isEqualTo(200);
        JsonObject u = updated.json().getJsonObject("data");
        assertThat(u.getString("title")).isEqualTo("Nouveau titre de mission");
        assertThat(u.getString("statusCode")).isEqualTo("ACCEPTED");
        assertThat(u.getInt("places")).isEqualTo(3);
        assertThat(u.getString("organizationName")).isEqualTo("Croix-Rouge française");
        assertThat(u.getString("id")).isEqualTo(m.getString("id"));

        Answer refused = call("PUT", "/v2/mission/m-1", key, "{\"places\": 0}");
        assertThat(refused.json().getJsonObject("data").getString("statusComment"))
                .isEqualTo("Nombre de places invalide (doit être supérieur à 0)");

        Answer deleted = call("DELETE", "/v2/mission/m-1", key, null);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().getJsonObject("data").getString("clientId")).isEqualTo("m-1");
        String deletedAt = deleted.json().getJsonObject("data").getString("deletedAt");
        Answer again = call("DELETE", "/v2/mission/m-1", key, null);
        assertThat(again.status()).as("idempotent").isEqualTo(200);
        assertThat(again.json().getJsonObject("data").getString("deletedAt")).isEqualTo(deletedAt);
        assertError(call("PUT", "/v2/mission/m-1", key, "{\"title\": \"Retour de mission\"}"), 404, "NOT_FOUND");
        assertError(call("POST", "/v2/mission", key, VALID.formatted("m-1")), 409, "RESSOURCE_ALREADY_EXIST");
    }

    /** Identifiers are the partner's: they differ by case or by a trailing space, they are different missions. */
    @Test
    void clientIdsThatDifferByCaseOrTrailingSpaceAreDifferentMissions() throws Exception {
        String key = announcer(null)[1];
        for (String clientId : new String[] {"Case-1", "case-1", "Case-1 "}) {
            Answer created = call("POST", "/v2/mission", key, VALID.formatted(clientId));
            assertThat(created.status()).as(clientId + " " + created.json()).isEqualTo(201);
        }
        Answer lower = call("PUT", "/v2/mission/case-1", key, "{\"title\": \"Seulement la minuscule\"}");
        assertThat(lower.json().getJsonObject("data").getString("clientId")).isEqualTo("case-1");
        Answer upper = call("GET", "/v0/mymission/Case-1", key, null);
        assertThat(upper.status()).isEqualTo(200);
        assertThat(upper.json().getJsonObject("data").getString("title"))
                .isEqualTo("Animateur bénévole en maison de retraite");
        assertThat(call("GET", "/v0/mymission?limit=10", key, null).json().getInt("total")).isEqualTo(3);
    }

    @Test
    void invalidBodiesAreRefusedWithAClearMessage() throws Exception {
        String key = announcer(null)[1];
        assertError(call("POST", "/v2/mission", key, "{not json"), 400, "INVALID_BODY");
        assertError(call("POST", "/v2/mission", key, "[1, 2]"), 400, "INVALID_BODY");
        assertError(call("POST", "/v2/mission", key, "{\"title\": \"Sans identifiant\"}"), 400, "INVALID_BODY");
        assertError(call("POST", "/v2/mission", key, "{\"clientId\": \"x\"}"), 400, "INVALID_BODY");
        Answer places = call("POST", "/v2/mission", key, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"places\": \"trois\"}");
        assertError(places, 400, "INVALID_BODY");
        assertThat(places.json().getString("message")).contains("places");
        assertError(call("POST", "/v2/mission", key, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"openToMinors\": \"yes\"}"), 400, "INVALID_BODY");
        assertError(call("POST", "/v2/mission", key, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"startAt\": \"demain\"}"), 400, "INVALID_BODY");
        Answer org = call("POST", "/v2/mission", key, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"organizationRNA\": \"W751206979\"}");
        assertError(org, 400, "INVALID_BODY");
        assertThat(org.json().getString("message")).contains("organizationName");
        assertError(call("POST", "/v2/mission", key, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"type\": \"stage\"}"), 400, "INVALID_BODY");
        // values the review judges: stored, REFUSED with the peer's comment
        Answer refused = call("POST", "/v2/mission", key, "{\"clientId\": \"r\", \"title\": \"Deux mots\","
                + " \"description\": \"d\", \"applicationUrl\": \"https://x\", \"remote\": \"sometimes\"}");
        assertThat(refused.status()).isEqualTo(201);
        assertThat(refused.json().getJsonObject("data").getString("statusComment"))
                .isEqualTo("Valeur remote non valide (no, possible, full ou local)");
        assertError(call("POST", "/v2/mission", null, VALID.formatted("y")), 401, "UNAUTHORIZED");
        assertError(call("PUT", "/v2/mission/unknown", key, "{}"), 404, "NOT_FOUND");
        assertError(call("DELETE", "/v2/mission/unknown", key, null), 404, "NOT_FOUND");
    }

    @Test
    void aBodyPastOneMegabyteIsRefusedWhetherItsLengthIsAnnouncedOrNot() throws Exception {
        String key = announcer(null)[1];
        String huge = VALID.formatted("big").replace("<p>Favoriser", "<p>" + "x".repeat(1_500_000) + " Favoriser");
        assertThat(huge).hasSizeGreaterThan(1_500_000);
        Answer announced = call("POST", "/v2/mission", key, huge);
        assertError(announced, 413, "PAYLOAD_TOO_LARGE");
        // chunked: no Content-Length, the bound is met while the body streams
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(url("/v2/mission")))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .header("Content-Type", "application/json").header("x-api-key", key).build();
        HttpResponse<String> r = http.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertError(new Answer(r.statusCode(), Json.createReader(new StringReader(r.body())).readObject()), 413,
                "PAYLOAD_TOO_LARGE");
        assertError(call("GET", "/v0/mymission/big", key, null), 404, "NOT_FOUND");
        assertThat(call("POST", "/v2/mission", key, VALID.formatted("small")).status()).isEqualTo(201);
    }

    @Test
    void anAnnouncerNeverReachesAnothersMissionsOrImports() throws Exception {
        String owner = announcer(null)[1];
        String other = announcer(null)[1];
        assertThat(call("POST", "/v2/mission", owner, VALID.formatted("shared-id")).status()).isEqualTo(201);
        assertError(call("PUT", "/v2/mission/shared-id", other, "{\"title\": \"Pris par un autre\"}"), 404,
                "NOT_FOUND");
        assertError(call("DELETE", "/v2/mission/shared-id", other, null), 404, "NOT_FOUND");
        // the same clientId is free for another publisher: keys are (publisher, clientId)
        assertThat(call("POST", "/v2/mission", other, VALID.formatted("shared-id")).status()).isEqualTo(201);
        Answer mine = call("PUT", "/v2/mission/shared-id", owner, "{}");
        assertThat(mine.json().getJsonObject("data").getString("title"))
                .isEqualTo("Animateur bénévole en maison de retraite");
    }

    @Test
    void importRoutesStartAndFollowTheCallersOwnImport() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            feeds.put("/feed.xml", "<?xml version=\"1.0\"?><source><mission><clientId>A1</clientId>"
                    + "<title>Mission importée</title><description>d</description>"
                    + "<applicationUrl>https://x</applicationUrl></mission></source>");
            String[] announcer = announcer(feeds.url("/feed.xml"));
            String[] stranger = announcer(null);
            Answer started = call("POST", "/v2/import", announcer[1], null);
            assertThat(started.status()).as(String.valueOf(started.json())).isEqualTo(202);
            long id = started.json().getJsonObject("data").getJsonNumber("id").longValue();
            JsonObject done = Eventually.get(Duration.ofSeconds(120), "import done", () -> {
                try {
                    JsonObject d = call("GET", "/v2/import/" + id, announcer[1], null).json().getJsonObject("data");
                    return "RUNNING".equals(d.getString("status")) ? Optional.empty() : Optional.of(d);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(done.getString("status")).isEqualTo("SUCCESS");
            assertThat(done.getInt("createdCount")).isEqualTo(1);
            assertThat(done.getString("publisherId")).isEqualTo(announcer[0]);
            assertThat(done.keySet()).contains("receivedCount", "updatedCount", "unchangedCount", "deletedCount",
                    "refusedCount", "missionCount", "error", "startedAt", "finishedAt");
            assertError(call("GET", "/v2/import/" + id, stranger[1], null), 404, "NOT_FOUND");
            assertError(call("GET", "/v2/import/abc", announcer[1], null), 404, "NOT_FOUND");
            assertError(call("POST", "/v2/import", stranger[1], null), 400, "NO_FEED");
        }
    }
}
