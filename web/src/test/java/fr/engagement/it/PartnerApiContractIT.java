package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.ContractCalls;
import fr.engagement.it.support.OpenApiContract;
import fr.engagement.it.support.PartnerApi;
import fr.engagement.it.support.PartnerApi.Answer;
import fr.engagement.it.support.PartnerWorld;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The v0 routes of the partner API against the contract (the peer's openapi.yaml; its v2 routes are
 * {@link PartnerApiWriteContractIT}'s): each route is called over HTTP with valid and invalid input, and each
 * answer's status and body are checked against the response schema the contract gives for that status — every
 * documented property present (see {@link OpenApiContract}). The world is built once in the server (first test),
 * the calls are made from outside, as a partner makes them.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerApiContractIT {

    static final String WORLD = "partner-contract-world";

    static final ContractCalls CONTRACT = new ContractCalls();

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PartnerApiContractIT.class);
    }

    @Inject
    PartnerWorld worlds;

    @ArquillianResource
    URL base;

    @Test
    @Order(0)
    void aWorldOfPartners() {
        PartnerWorld.save(WORLD, worlds.build());
    }

    @Test
    @Order(1)
    @RunAsClient
    void missionRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        Answer list = check("GET", "/v0/mission", api.get("v0/mission?limit=100", b), 200);
        assertThat(list.object().getInt("total")).isEqualTo(4);
        assertThat(list.object().getInt("limit")).isEqualTo(100);
        JsonObject m1 = list.data().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("_id").equals(w.get("m1.id"))).findFirst().orElseThrow();
        assertThat(m1.getString("id")).isEqualTo(w.get("m1.id"));
        assertThat(m1.getString("applicationUrl")).endsWith("/r/" + w.get("m1.id") + "/" + w.get("B.id"));
        assertThat(m1.getString("openToMinors")).isEqualTo("yes");
        assertThat(m1.getString("reducedMobilityAccessible")).isEqualTo("no");
        assertThat(m1.getString("activity")).isEqualTo("Soutien scolaire");
        assertThat(m1.getString("city")).isEqualTo("Lyon");
        assertThat(m1.getString("departmentName")).isEqualTo("Rhône");
        assertThat(m1.getJsonObject("location").getJsonNumber("lat").doubleValue()).isEqualTo(45.7578);
        assertThat(m1.getString("organizationClientId")).isEqualTo("ORG-OK");
        assertThat(m1.getString("organizationRNA")).isEqualTo(w.get("org.ok.rna"));
        assertThat(m1.getJsonArray("organizationReseaux").getString(0)).isEqualTo("Croix-Rouge française");
        assertThat(m1.getString("publisherName")).startsWith("Annonceur Un");
        assertThat(m1.getBoolean("deleted")).isFalse();
        assertThat(m1.getJsonArray("statusCommentHistoric")).isEmpty();
        assertThat(m1.getJsonArray("soft_skills")).isEqualTo(m1.getJsonArray("softSkills"));
        assertThat(m1.isNull("statusComment")).isTrue();

        check("GET", "/v0/mission", api.get("v0/mission?type=volontariat", b), 400);
        check("GET", "/v0/mission", api.get("v0/mission?limit=10001", b), 400);
        check("GET", "/v0/mission", api.get("v0/mission?startAt=2024-01-01", b), 400);
        check("GET", "/v0/mission", api.get("v0/mission", null), 401);

        Answer search = check("GET", "/v0/mission/search", api.get("v0/mission/search?limit=1", b), 200);
        assertThat(search.object().getJsonArray("hits")).hasSize(1);
        JsonObject facets = search.object().getJsonObject("facets");
        // counted over the four missions, not over the page of one
        assertThat(facets.getJsonArray("domains").stream().mapToInt(v -> v.asJsonObject().getInt("doc_count"))
                .sum()).isEqualTo(4);
        assertThat(facets.getJsonArray("departmentName").stream().map(v -> v.asJsonObject().getString("key")))
                .containsExactly("Rhône", "Bouches-du-Rhône", "Paris");
        check("GET", "/v0/mission/search", api.get("v0/mission/search?lat=45.76&lon=4.85&distance=far", b), 400);
        check("GET", "/v0/mission/search", api.get("v0/mission/search", "not-a-key"), 401);

        Answer one = check("GET", "/v0/mission/{id}", api.get("v0/mission/" + w.get("m1.id"), b), 200);
        assertThat(one.object().getJsonObject("data").getString("title")).isEqualTo("Accompagnement scolaire à Lyon");
        check("GET", "/v0/mission/{id}", api.get("v0/mission/00000000-0000-0000-0000-000000000000", b), 404);
        check("GET", "/v0/mission/{id}", api.get("v0/mission/" + w.get("m1.id"), null), 401);

        // the same reads under /v2 (not in the contract's paths: checked against the v0 schemas)
        Answer v2 = check("GET", "/v0/mission", api.get("v2/mission?limit=100", b), 200);
        assertThat(v2.ids("data")).containsExactlyInAnyOrderElementsOf(list.ids("data"));
        check("GET", "/v0/mission/search", api.get("v2/mission/search?domain=education", b), 200);
        check("GET", "/v0/mission/{id}", api.get("v2/mission/" + w.get("m2.id"), b), 200);
        check("GET", "/v0/mission/{id}", api.get("v2/mission/" + w.get("mOther.id"), b), 404);
    }

    @Test
    @Order(2)
    @RunAsClient
    void myMissionRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a1 = w.get("A1.key");
        Answer mine = check("GET", "/v0/mymission", api.get("v0/mymission", a1), 200);
        // not deleted, whatever the review: the refused one shows why
        assertThat(mine.object().getInt("total")).isEqualTo(6);
        assertThat(mine.object().getInt("limit")).isEqualTo(50);
        JsonObject refused = mine.data().stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("_id").equals(w.get("mRefused.id"))).findFirst().orElseThrow();
        assertThat(refused.getString("statusCode")).isEqualTo("REFUSED");
        assertThat(refused.getString("statusComment")).isEqualTo("La description est trop courte");
        // the announcer's own URL, not the tracked redirect
        assertThat(refused.getString("applicationUrl")).startsWith("https://" + w.get("A1.id") + ".example.org/");
        check("GET", "/v0/mymission", api.get("v0/mymission?limit=-1", a1), 400);
        check("GET", "/v0/mymission", api.get("v0/mymission", null), 401);

        Answer m1 = check("GET", "/v0/mymission/{clientId}", api.get("v0/mymission/" + w.get("m1.clientId"), a1),
                200);
        JsonObject stats = m1.object().getJsonObject("data").getJsonObject("stats");
        assertThat(stats.getJsonArray("clicks")).hasSize(2);
        JsonObject first = stats.getJsonArray("clicks").getJsonObject(0);
        assertThat(first.getString("key")).isEqualTo(w.get("B.id"));
        assertThat(first.getString("name")).startsWith("Diffuseur Bêta");
        assertThat(first.getInt("doc_count")).isEqualTo(12);
        assertThat(stats.getJsonArray("applications").getJsonObject(0).getInt("doc_count")).isEqualTo(2);
        Answer deleted = check("GET", "/v0/mymission/{clientId}",
                api.get("v0/mymission/" + w.get("mDeleted.clientId"), a1), 200);
        assertThat(deleted.object().getJsonObject("data").getBoolean("deleted")).isTrue();
        check("GET", "/v0/mymission/{clientId}", api.get("v0/mymission/unknown-client-id", a1), 404);
        check("GET", "/v0/mymission/{clientId}", api.get("v0/mymission/" + w.get("m1.clientId"), null), 401);

        Answer onlyStats = check("GET", "/v0/mymission/{clientId}/stats",
                api.get("v0/mymission/" + w.get("m1.clientId") + "/stats", a1), 200);
        assertThat(onlyStats.object().getJsonObject("data")).isEqualTo(stats);
        check("GET", "/v0/mymission/{clientId}/stats", api.get("v0/mymission/unknown/stats", a1), 404);
        check("GET", "/v0/mymission/{clientId}/stats", api.get("v0/mymission/x/stats", "wrong"), 401);
    }

    @Test
    @Order(3)
    @RunAsClient
    void publisherAndOrganizationRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a1 = w.get("A1.key");
        Answer partners = check("GET", "/v0/publisher", api.get("v0/publisher", a1), 200);
        assertThat(partners.ids("data")).containsExactly(w.get("B.id"), w.get("C.id"));
        JsonObject b = partners.data().getJsonObject(0);
        assertThat(b.getJsonArray("excludedOrganizations").getJsonObject(0).getString("publisherOrganizationId"))
                .isEqualTo("ORG-EXCLU");
        check("GET", "/v0/publisher", api.get("v0/publisher", null), 401);
        check("GET", "/v0/publisher/{id}", api.get("v0/publisher/" + w.get("C.id"), a1), 200);
        check("GET", "/v0/publisher/{id}", api.get("v0/publisher/" + w.get("A2.id"), a1), 404);
        check("GET", "/v0/publisher/{id}", api.get("v0/publisher/" + w.get("C.id"), null), 401);

        Answer orgs = check("GET", "/v0/organization", api.get("v0/organization?q=" + w.get("token"), a1), 200);
        assertThat(orgs.data()).hasSize(3);
        Answer byRna = check("GET", "/v0/organization", api.get("v0/organization?rna=" + w.get("org.ok.rna"), a1),
                200);
        assertThat(byRna.data().getJsonObject(0).getString("title")).isEqualTo(w.get("org.ok.name"));
        check("GET", "/v0/organization", api.get("v0/organization?limit=101", a1), 400);
        check("GET", "/v0/organization", api.get("v0/organization", null), 401);

        String path = "/v0/myorganization/{organizationClientId}";
        Answer ok = check("GET", path, api.get("v0/myorganization/ORG-OK", a1), 200);
        JsonObject toB = ok.data().getJsonObject(0);
        assertThat(toB.getString("_id")).isEqualTo(w.get("B.id"));
        assertThat(toB.getBoolean("excluded")).isFalse();
        // the last 30 days only: 3 + 2, not the 7 clicks of 45 days ago
        assertThat(toB.getInt("clicks")).isEqualTo(5);
        assertThat(ok.data().getJsonObject(1).getInt("clicks")).isEqualTo(1);
        Answer excluded = check("GET", path, api.get("v0/myorganization/ORG-EXCLU", a1), 200);
        assertThat(excluded.data().getJsonObject(0).getBoolean("excluded")).isTrue();
        check("GET", path, api.get("v0/myorganization/ORG-UNKNOWN", a1), 404);
        check("GET", path, api.get("v0/myorganization/ORG-OK", null), 401);
        Answer created = check("PUT", path, api.put("v0/myorganization/ORG-NEW-" + w.get("token"), a1,
                "{\"organizationName\":\"Nouvelle " + w.get("token") + "\",\"publisherIds\":[\"" + w.get("C.id")
                        + "\"]}"), 200);
        assertThat(created.data().getJsonObject(0).getBoolean("excluded")).isTrue();
        assertThat(created.data().getJsonObject(1).getBoolean("excluded")).isFalse();
        check("PUT", path, api.put("v0/myorganization/ORG-OK", a1, "{\"publisherIds\":\"all\"}"), 400);
        check("PUT", path, api.put("v0/myorganization/ORG-OK", a1, "{not json"), 400);
        check("PUT", path, api.put("v0/myorganization/ORG-OK", null, "{\"publisherIds\":[]}"), 401);
    }

    @Test
    @Order(4)
    @RunAsClient
    void diffusionRuleRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a1 = w.get("A1.key");
        Answer rules = check("GET", "/v0/diffusion-rule", api.get("v0/diffusion-rule", a1), 200);
        assertThat(rules.data().getJsonObject(0).getJsonArray("rules").stream().map(r -> r.asJsonObject()
                .getString("value"))).contains("ORG-EXCLU", "réseau EXCLU");
        assertThat(rules.data().getJsonObject(0).containsKey("diffuse")).isFalse();
        Answer probe = check("GET", "/v0/diffusion-rule", api.get("v0/diffusion-rule?field="
                + PartnerApi.q("publisherOrganization.parentOrganizations") + "&value=" + PartnerApi.q("Réseau exclu"),
                a1), 200);
        assertThat(probe.data().getJsonObject(0).getBoolean("diffuse")).isFalse();
        assertThat(probe.data().getJsonObject(1).getBoolean("diffuse")).isTrue();
        check("GET", "/v0/diffusion-rule", api.get("v0/diffusion-rule?field=type", a1), 400);
        check("GET", "/v0/diffusion-rule", api.get("v0/diffusion-rule", null), 401);

        String body = "{\"publisherIds\":[\"" + w.get("B.id") + "\",\"" + w.get("C.id") + "\",\"" + w.get("A2.id")
                + "\"],\"field\":\"type\",\"operator\":\"is_not\",\"value\":\"volontariat_sapeurs_pompiers\"}";
        Answer created = check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, body), 201);
        assertThat(created.object().getInt("total")).isEqualTo(2);
        Answer again = check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, body), 201);
        assertThat(again.data().getJsonObject(0).getString("id"))
                .isEqualTo(created.data().getJsonObject(0).getString("id"));
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, body.replace("is_not", "is")), 409);
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, body.replace("\"type\"",
                "\"title\"")), 400);
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, body.replace("is_not",
                "is_greater_than")), 400);
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, "{\"publisherIds\":[]}"), 400);
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", a1, "{\"publisherIds\":[\""
                + w.get("A2.id") + "\"],\"field\":\"type\",\"operator\":\"is\",\"value\":\"benevolat\"}"), 403);
        check("POST", "/v0/diffusion-rule", api.post("v0/diffusion-rule", null, body), 401);

        String id = created.data().getJsonObject(0).getString("id");
        check("DELETE", "/v0/diffusion-rule/{id}", api.delete("v0/diffusion-rule/" + id, a1), 200);
        check("DELETE", "/v0/diffusion-rule/{id}", api.delete("v0/diffusion-rule/" + id, a1), 404);
        check("DELETE", "/v0/diffusion-rule/{id}", api.delete("v0/diffusion-rule/"
                + w.get("rule.exclusion"), w.get("A2.key")), 403);
        check("DELETE", "/v0/diffusion-rule/{id}", api.delete("v0/diffusion-rule/" + id, null), 401);
        api.delete("v0/diffusion-rule/" + created.data().getJsonObject(1).getString("id"), a1);
    }

    @Test
    @Order(5)
    @RunAsClient
    void theOpenApiDocumentIsServedAndDescribesEveryRouteOfTheContract() {
        Answer doc = new PartnerApi(base).raw("/openapi", "*/*");
        assertThat(doc.status()).as(doc.text()).isEqualTo(200);
        writeForInspection("served-openapi.yaml", doc.text());
        OpenApiContract ours = OpenApiContract.parse(doc.text());
        assertThat(ours.operations()).containsAll(ContractCalls.reference().operations())
                .contains("GET /v2/mission", "POST /v2/import", "GET /v2/import/{id}", "GET /r/{missionId}/{publisherId}");
        // our answers match our own document too, extensions included (v2 reads, sort, _distance, 401)
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        ours.assertMatches("GET", "/v2/mission/search", 200,
                api.get("v2/mission/search?lat=45.7719&lon=4.8902&distance=20km&sort=distance", b).json());
        ours.assertMatches("GET", "/v0/mission/search", 200, api.get("v0/mission/search?sort=startAt", b).json());
        ours.assertMatches("GET", "/v2/mission", 200, api.get("v2/mission?limit=2", b).json());
        ours.assertMatches("GET", "/v2/mission/{id}", 200, api.get("v2/mission/" + w.get("m1.id"), b).json());
        ours.assertMatches("GET", "/v2/mission/{id}", 404, api.get("v2/mission/" + w.get("mOther.id"), b).json());
        ours.assertMatches("GET", "/v0/mission", 400, api.get("v0/mission?sort=title", b).json());
        ours.assertMatches("GET", "/v0/publisher", 401, api.get("v0/publisher", null).json());
        assertThat(ours.violationsOf("MissionLegacy", api.get("v0/mymission", w.get("A1.key")).data().get(0)))
                .isEmpty();
    }

    @Test
    @Order(6)
    @RunAsClient
    void everyV0OperationOfTheContractWasCalled() {
        CONTRACT.assertEveryOperationCalledUnder("/v0/");
        // the v2 operations are PartnerApiWriteContractIT's: together the two classes call every operation
        assertThat(ContractCalls.reference().operations())
                .allMatch(op -> op.contains(" /v0/") || op.contains(" /v2/"));
    }

    private static void writeForInspection(String name, String text) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), name), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Answer check(String method, String path, Answer answer, int status) {
        return CONTRACT.check(method, path, answer, status);
    }
}
