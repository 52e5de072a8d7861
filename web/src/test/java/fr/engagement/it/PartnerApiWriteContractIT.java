package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.ContractCalls;
import fr.engagement.it.support.PartnerApi;
import fr.engagement.it.support.PartnerApi.Answer;
import fr.engagement.it.support.PartnerWorld;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
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
 * The v2 routes of the contract (an announcer writing its missions, partners declaring and following activities)
 * against the peer's openapi.yaml, as {@link PartnerApiContractIT} does for the v0 routes: valid and invalid input
 * over HTTP, each answer's status and body checked against the schema documented for that status. MissionV2IT and
 * TrackingIT prove the behaviour; this class proves the shapes. Its own world, so its writes never change the
 * counts the v0 class asserts.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerApiWriteContractIT {

    static final String WORLD = "partner-write-contract-world";

    static final ContractCalls CONTRACT = new ContractCalls();

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PartnerApiWriteContractIT.class);
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
    void missionWriteRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a1 = w.get("A1.key");
        String clientId = "v2-" + w.get("token");
        String valid = MissionV2IT.VALID.formatted(clientId);
        Answer created = check("POST", "/v2/mission", api.post("v2/mission", a1, valid), 201);
        JsonObject m = created.object().getJsonObject("data");
        assertThat(m.getString("clientId")).isEqualTo(clientId);
        assertThat(m.getString("publisherId")).isEqualTo(w.get("A1.id"));
        assertThat(m.getString("statusCode")).isEqualTo("ACCEPTED");
        assertThat(m.getJsonArray("addresses").getJsonObject(0).getString("postalCode")).isEqualTo("75001");
        // stored but refused by the review: the comment says why
        Answer refused = check("POST", "/v2/mission", api.post("v2/mission", a1, MissionV2IT.VALID
                .formatted(clientId + "-r").replace("Animateur bénévole en maison de retraite", "Animateur")), 201);
        assertThat(refused.object().getJsonObject("data").getString("statusCode")).isEqualTo("REFUSED");
        assertThat(refused.object().getJsonObject("data").getString("statusComment"))
                .isEqualTo("Le titre est trop court (1 seul mot)");
        // the least the contract asks for: refused (no description), yet every documented property is answered
        Answer minimal = check("POST", "/v2/mission", api.post("v2/mission", a1, "{\"clientId\": \"" + clientId
                + "-min\", \"title\": \"Deux mots\"}"), 201);
        assertThat(minimal.object().getJsonObject("data").getString("statusComment"))
                .isEqualTo("Description manquante");
        assertThat(minimal.object().getJsonObject("data").getString("description")).isEmpty();
        check("POST", "/v2/mission", api.post("v2/mission", a1, valid), 409);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "{not json"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "[1, 2]"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"places\": \"trois\"}"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "{\"clientId\": \"x\", \"title\": \"Deux mots\","
                + " \"openToMinors\": \"yes\"}"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "{\"title\": \"Sans identifiant\"}"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", a1, "{\"clientId\": \"x\"}"), 400);
        check("POST", "/v2/mission", api.post("v2/mission", null, valid), 401);
        check("POST", "/v2/mission", api.post("v2/mission", "not-a-key", valid), 401);

        String path = "/v2/mission/{clientId}";
        Answer updated = check("PUT", path, api.put("v2/mission/" + clientId, a1,
                "{\"title\": \"Animateur bénévole en EHPAD\", \"places\": 5}"), 200);
        JsonObject u = updated.object().getJsonObject("data");
        assertThat(u.getString("id")).isEqualTo(m.getString("id"));
        assertThat(u.getString("title")).isEqualTo("Animateur bénévole en EHPAD");
        assertThat(u.getInt("places")).isEqualTo(5);
        check("PUT", path, api.put("v2/mission/" + clientId, a1, "{\"places\": \"cinq\"}"), 400);
        check("PUT", path, api.put("v2/mission/" + clientId, a1, "{not json"), 400);
        check("PUT", path, api.put("v2/mission/unknown-" + w.get("token"), a1, "{}"), 404);
        // another announcer's clientId is unknown to the caller
        check("PUT", path, api.put("v2/mission/" + w.get("mOther.clientId"), a1, "{}"), 404);
        check("PUT", path, api.put("v2/mission/" + clientId, null, "{}"), 401);

        Answer deleted = check("DELETE", path, api.delete("v2/mission/" + clientId, a1), 200);
        assertThat(deleted.object().getJsonObject("data").getString("clientId")).isEqualTo(clientId);
        Answer again = check("DELETE", path, api.delete("v2/mission/" + clientId, a1), 200);
        assertThat(again.object().getJsonObject("data").getString("deletedAt"))
                .isEqualTo(deleted.object().getJsonObject("data").getString("deletedAt"));
        check("PUT", path, api.put("v2/mission/" + clientId, a1, "{\"title\": \"Retour de mission\"}"), 404);
        check("DELETE", path, api.delete("v2/mission/unknown-" + w.get("token"), a1), 404);
        check("DELETE", path, api.delete("v2/mission/" + clientId + "-r", null), 401);
    }

    @Test
    @Order(2)
    @RunAsClient
    void activityRoutes() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a1 = w.get("A1.key");
        String b = w.get("B.key");
        String m1 = w.get("m1.id");
        String clickId = clickOn(api, m1, w.get("B.id"));

        // the announcer declares what followed the broadcaster's click
        Answer applied = check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"clickId\": \"" + clickId
                + "\", \"tag\": \"contrat\"}"), 200);
        JsonObject apply = applied.object().getJsonObject("data");
        assertThat(apply.getString("type")).isEqualTo("apply");
        assertThat(apply.getString("status")).isEqualTo("PENDING");
        assertThat(apply.getString("clickId")).isEqualTo(clickId);
        assertThat(apply.getString("missionId")).isEqualTo(m1);
        assertThat(apply.getString("missionClientId")).isEqualTo(w.get("m1.clientId"));
        assertThat(apply.getString("tag")).isEqualTo("contrat");
        // a broadcaster declares without a click, on a mission of its diffusion only
        Answer declared = check("POST", "/v2/activity", api.post("v2/activity", b, "{\"missionId\": \"" + m1
                + "\", \"type\": \"account\"}"), 200);
        assertThat(declared.object().getJsonObject("data").getString("type")).isEqualTo("account");
        assertThat(declared.object().getJsonObject("data").isNull("clickId")).isTrue();
        Answer refused = check("POST", "/v2/activity", api.post("v2/activity", b, "{\"missionId\": \""
                + w.get("mOther.id") + "\"}"), 403);
        assertThat(refused.object().getString("message")).isEqualTo("Mission not accessible");
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{not json"), 400);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"clickId\": 12}"), 400);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"type\": \"apply\"}"), 400);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"type\": \"click\", \"clickId\": \""
                + clickId + "\"}"), 400);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"clickId\": \"" + clickId
                + "\", \"missionId\": \"" + m1 + "\"}"), 400);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"clickId\": \"" + UUID.randomUUID() + "\"}"),
                404);
        check("POST", "/v2/activity", api.post("v2/activity", a1, "{\"missionClientId\": \"unknown\"}"), 404);
        check("POST", "/v2/activity", api.post("v2/activity", null, "{\"clickId\": \"" + clickId + "\"}"), 401);

        String path = "/v2/activity/{id}";
        String id = apply.getString("_id");
        Answer read = check("GET", path, api.get("v2/activity/" + id, a1), 200);
        assertThat(read.object().getJsonObject("data")).isEqualTo(apply);
        check("GET", path, api.get("v2/activity/" + id + "?type=click", a1), 400);
        check("GET", path, api.get("v2/activity/" + UUID.randomUUID(), a1), 404);
        // only the announcer of the activity reads it
        check("GET", path, api.get("v2/activity/" + id, b), 404);
        check("GET", path, api.get("v2/activity/" + id, null), 401);
        Answer validated = check("PUT", path, api.put("v2/activity/" + id, a1, "{\"status\": \"VALIDATED\"}"), 200);
        assertThat(validated.object().getJsonObject("data").getString("status")).isEqualTo("VALIDATED");
        check("PUT", path, api.put("v2/activity/" + id, a1, "{\"status\": \"DONE\"}"), 400);
        check("PUT", path, api.put("v2/activity/" + id, a1, "{\"status\": 1}"), 400);
        check("PUT", path, api.put("v2/activity/" + id, a1, "{}"), 400);
        check("PUT", path, api.put("v2/activity/" + id, a1, "{not json"), 400);
        check("PUT", path, api.put("v2/activity/" + UUID.randomUUID(), a1, "{\"status\": \"REFUSED\"}"), 404);
        check("PUT", path, api.put("v2/activity/" + id, null, "{\"status\": \"REFUSED\"}"), 401);

        // one clientEventId for an application and an account: the type settles it
        String clientEventId = "cand-" + w.get("token");
        for (String conversion : new String[] {"apply", "account"}) {
            HttpResponse<String> r = api.browse("r/" + conversion + "?view=" + clickId + "&clientEventId="
                    + clientEventId);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        check("GET", path, api.get("v2/activity/" + clientEventId, a1), 409);
        check("PUT", path, api.put("v2/activity/" + clientEventId, a1, "{\"status\": \"CANCELED\"}"), 409);
        Answer account = check("GET", path, api.get("v2/activity/" + clientEventId + "?type=account", a1), 200);
        assertThat(account.object().getJsonObject("data").getString("type")).isEqualTo("account");
    }

    @Test
    @Order(3)
    @RunAsClient
    void everyV2OperationOfTheContractWasCalled() {
        CONTRACT.assertEveryOperationCalledUnder("/v2/");
    }

    /** A visitor's click on the broadcaster's link to the mission; its id is in the redirect, as partners get it. */
    private static String clickOn(PartnerApi api, String missionId, String broadcasterId) {
        HttpResponse<String> landed = api.browse("r/" + missionId + "/" + broadcasterId);
        assertThat(landed.statusCode()).as(landed.body()).isEqualTo(302);
        String location = landed.headers().firstValue("Location").orElseThrow();
        String clickId = TrackingHttp.params(location).get("apiengagement_id");
        assertThat(clickId).as(location).isNotBlank();
        return clickId;
    }

    private static Answer check(String method, String path, Answer answer, int status) {
        return CONTRACT.check(method, path, answer, status);
    }
}
