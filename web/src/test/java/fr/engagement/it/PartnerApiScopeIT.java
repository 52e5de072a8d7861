package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.PartnerApi;
import fr.engagement.it.support.PartnerApi.Answer;
import fr.engagement.it.support.PartnerWorld;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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
 * Who sees what (SPEC « Partner exchange », §4 of the reference), over HTTP: a broadcaster never receives a mission
 * outside its diffusion rules whatever ids and parameters it sends, an announcer never reads another's missions or
 * rules, rule changes count at the next request, keys are checked; and the search filters select what they say.
 * World ({@link PartnerWorld}): B diffuses A1 minus organisation ORG-EXCLU and the network « Réseau Exclu »; C
 * diffuses A1 and A2; B sees m1 (Lyon), m2 (Villeurbanne), m3 (Paris) of A1 and its own mOwn (Marseille).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartnerApiScopeIT {

    static final String WORLD = "partner-scope-world";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PartnerApiScopeIT.class);
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
    void aBroadcasterReceivesOnlyWhatItsRulesGiveItWhateverItAsks() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        List<String> mine = ids(w, "m1", "m2", "m3", "mOwn");
        assertThat(api.get("v0/mission?limit=1000", b).ids("data")).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(api.get("v2/mission?limit=1000", b).ids("data")).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(api.get("v0/mission/search?limit=1000", b).ids("hits")).containsExactlyInAnyOrderElementsOf(mine);
        // C: all of A1 (B's exclusions are B's) and A2, not B's own mission
        assertThat(api.get("v0/mission?limit=1000", w.get("C.key")).ids("data")).containsExactlyInAnyOrderElementsOf(
                ids(w, "m1", "m2", "m3", "mExcluded", "mNetwork", "mOther"));

        for (String outside : List.of("mExcluded", "mNetwork", "mRefused", "mDeleted", "mOther")) {
            assertThat(api.get("v0/mission/" + w.get(outside + ".id"), b).status()).as(outside).isEqualTo(404);
            assertThat(api.get("v2/mission/" + w.get(outside + ".id"), b).status()).as(outside).isEqualTo(404);
            assertThat(api.get("v0/mission?clientId=" + w.get(outside + ".clientId"), b).object().getInt("total"))
                    .as(outside).isZero();
            assertThat(api.get("v0/mission?keywords=" + PartnerApi.q(titleWord(outside)) + "&limit=1000", b)
                    .ids("data")).as(outside).doesNotContain(w.get(outside + ".id"));
        }
        assertThat(api.get("v0/mission?publisher=" + w.get("A2.id"), b).object().getInt("total")).isZero();
        assertThat(api.get("v0/mission?publisher=" + w.get("A2.id") + "," + w.get("A1.id"), b).ids("data"))
                .containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2", "m3"));
        assertThat(api.get("v0/mission?publisher=" + w.get("B.id"), b).ids("data")).containsExactly(w.get("mOwn.id"));
        // around Lyon, where every excluded, refused, deleted and undiffused mission also lies
        assertThat(api.get("v0/mission?lat=45.7578&lon=4.8320&distance=20km&limit=1000", b).ids("data"))
                .containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2"));
        assertThat(api.get("v0/mission?lat=45.7578&lon=4.8320&distance=20km&domain=education", b).ids("data"))
                .containsExactly(w.get("m1.id"));
        JsonObject facets = api.get("v0/mission/search?domain=education&lat=45.7578&lon=4.8320", b).object()
                .getJsonObject("facets");
        assertThat(facets.getJsonArray("domains").getJsonObject(0).getInt("doc_count")).isEqualTo(1);
    }

    @Test
    @Order(2)
    @RunAsClient
    void ruleChangesCountAtTheNextRequest() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        String a1 = w.get("A1.key");
        assertThat(api.put("v0/myorganization/ORG-OK", a1, "{\"publisherIds\":[\"" + w.get("C.id") + "\"]}")
                .status()).isEqualTo(200);
        assertThat(api.get("v0/mission?limit=1000", b).ids("data")).containsExactly(w.get("mOwn.id"));
        assertThat(api.get("v0/mission/" + w.get("m1.id"), b).status()).isEqualTo(404);
        assertThat(api.put("v0/myorganization/ORG-OK", a1, "{\"publisherIds\":[\"" + w.get("B.id") + "\",\""
                + w.get("C.id") + "\"]}").status()).isEqualTo(200);
        assertThat(api.get("v0/mission?limit=1000", b).object().getInt("total")).isEqualTo(4);

        Answer rule = api.post("v0/diffusion-rule", a1, "{\"publisherIds\":[\"" + w.get("B.id") + "\"],"
                + "\"field\":\"publisherOrganization.parentOrganizations\",\"operator\":\"does_not_contain\","
                + "\"value\":\"CROIX-ROUGE française\"}");
        assertThat(rule.status()).isEqualTo(201);
        assertThat(api.get("v0/mission?limit=1000", b).ids("data")).containsExactly(w.get("mOwn.id"));
        assertThat(api.delete("v0/diffusion-rule/" + rule.data().getJsonObject(0).getString("id"), a1).status())
                .isEqualTo(200);
        assertThat(api.get("v0/mission?limit=1000", b).object().getInt("total")).isEqualTo(4);

        Answer onlyType = api.post("v0/diffusion-rule", a1, "{\"publisherIds\":[\"" + w.get("B.id") + "\"],"
                + "\"field\":\"type\",\"operator\":\"is\",\"value\":\"volontariat_service_civique\"}");
        assertThat(api.get("v0/mission?limit=1000", b).ids("data")).containsExactly(w.get("mOwn.id"));
        api.delete("v0/diffusion-rule/" + onlyType.data().getJsonObject(0).getString("id"), a1);
        assertThat(api.get("v0/mission?limit=1000", b).object().getInt("total")).isEqualTo(4);
    }

    @Test
    @Order(3)
    @RunAsClient
    void anAnnouncerReadsOnlyItsOwnMissionsAndRules() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String a2 = w.get("A2.key");
        assertThat(api.get("v0/mymission/" + w.get("m1.clientId"), a2).status()).isEqualTo(404);
        assertThat(api.get("v0/mymission/" + w.get("m1.clientId") + "/stats", a2).status()).isEqualTo(404);
        assertThat(api.get("v0/mymission?limit=1000", a2).ids("data")).containsExactly(w.get("mOther.id"));
        assertThat(api.get("v0/mymission?limit=1000", w.get("B.key")).ids("data")).containsExactly(w.get("mOwn.id"));
        Answer rules = api.get("v0/diffusion-rule", a2);
        assertThat(rules.data()).hasSize(1);
        assertThat(rules.data().getJsonObject(0).getString("id")).isEqualTo(w.get("C.id"));
        assertThat(rules.data().getJsonObject(0).getJsonArray("rules")).isEmpty();
        assertThat(api.delete("v0/diffusion-rule/" + w.get("rule.exclusion"), a2).status()).isEqualTo(403);
        assertThat(api.post("v0/diffusion-rule", a2, "{\"publisherIds\":[\"" + w.get("B.id") + "\"],\"field\":"
                + "\"type\",\"operator\":\"is\",\"value\":\"benevolat\"}").status()).isEqualTo(403);
        assertThat(api.get("v0/myorganization/ORG-OK", a2).status()).isEqualTo(404);
        assertThat(api.get("v0/publisher/" + w.get("B.id"), a2).status()).isEqualTo(404);
        assertThat(api.get("v0/publisher", a2).ids("data")).containsExactly(w.get("C.id"));
        // B's exclusion of A1's organisation is still there: A2 could not touch it
        assertThat(api.get("v0/publisher", w.get("A1.key")).data().getJsonObject(0)
                .getJsonArray("excludedOrganizations")).hasSize(1);
    }

    @Test
    @Order(4)
    @RunAsClient
    void keysAreCheckedAndTheLegacyHeaderWorks() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        for (String key : new String[] {null, "", "not-a-key", w.get("D.key")}) {
            Answer refused = api.get("v0/mission", key);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.object().getBoolean("ok")).isFalse();
            assertThat(refused.object().getString("code")).isEqualTo("UNAUTHORIZED");
            assertThat(refused.object().getString("message")).isEqualTo("Unauthorized");
        }
        assertThat(api.getWithLegacyHeader("v0/mission", w.get("B.key")).object().getInt("total")).isEqualTo(4);
        assertThat(api.getWithLegacyHeader("v0/mission", w.get("D.key")).status()).isEqualTo(401);
    }

    @Test
    @Order(5)
    @RunAsClient
    void filtersSelectWhatTheySay() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        assertThat(list(api, b, "openToMinors=yes")).containsExactly(w.get("m1.id"));
        assertThat(list(api, b, "openToMinors=false")).containsExactly(w.get("m2.id"));
        assertThat(list(api, b, "activity=Jardinage")).containsExactly(w.get("m3.id"));
        assertThat(list(api, b, "activity=Jardinage&activity=Logistique")).containsExactlyInAnyOrderElementsOf(
                ids(w, "m2", "m3"));
        assertThat(list(api, b, "city=Paris,Marseille")).containsExactlyInAnyOrderElementsOf(ids(w, "m3", "mOwn"));
        assertThat(list(api, b, "departmentName=" + PartnerApi.q("Rhône")))
                .containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2"));
        assertThat(list(api, b, "organizationRNA=" + w.get("org.ok.rna")))
                .containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2", "m3"));
        assertThat(list(api, b, "organizationStatusJuridique=Association")).hasSize(3);
        assertThat(list(api, b, "domain=sport")).containsExactly(w.get("mOwn.id"));
        assertThat(list(api, b, "keywords=" + PartnerApi.q("scolaire LYON"))).containsExactly(w.get("m1.id"));
        assertThat(list(api, b, "keywords=" + PartnerApi.q("Entraide " + w.get("token")))).hasSize(3);
        assertThat(list(api, b, "type=benevolat&remote=no&country=FR")).hasSize(4);
        assertThat(list(api, b, "snu=true")).isEmpty();
        // newest start first by default
        assertThat(list(api, b, "")).containsExactlyElementsOf(ids(w, "m3", "m1", "m2", "mOwn"));
        assertThat(list(api, b, "startAt=" + PartnerApi.q(">2026-02-15"))).containsExactly(w.get("m3.id"),
                w.get("m1.id"));
        assertThat(list(api, b, "startAt=gt:2026-02-15T00:00:00.000Z")).containsExactly(w.get("m3.id"),
                w.get("m1.id"));
        assertThat(list(api, b, "startAt=" + PartnerApi.q("<2026-02-15"))).containsExactly(w.get("m2.id"),
                w.get("mOwn.id"));
        assertThat(list(api, b, "startAt=" + PartnerApi.q(">2026-02-15") + "&startAt=lt:2026-03-15"))
                .containsExactly(w.get("m1.id"));
        assertThat(list(api, b, "createdAt=lt:2000-01-01")).isEmpty();
        // around Villeurbanne: nearest first on request, within the exact circle
        assertThat(list(api, b, "lat=45.7719&lon=4.8902&distance=20km&sort=distance"))
                .containsExactly(w.get("m2.id"), w.get("m1.id"));
        assertThat(list(api, b, "lat=45.7719&lon=4.8902&distance=1km")).containsExactly(w.get("m2.id"));
        assertThat(list(api, b, "lat=45.7719&lon=4.8902&distance=500m")).containsExactly(w.get("m2.id"));
        var hits = api.get("v0/mission/search?lat=45.7719&lon=4.8902&distance=20km&sort=distance", b).object()
                .getJsonArray("hits");
        double first = hits.getJsonObject(0).getJsonNumber("_distance").doubleValue();
        double second = hits.getJsonObject(1).getJsonNumber("_distance").doubleValue();
        assertThat(first).isLessThan(0.01);
        // Villeurbanne to place Bellecour: about 4.9 km
        assertThat(second).isBetween(4.0, 6.0);
        // pagination: skip and its legacy alias from
        assertThat(list(api, b, "limit=2&skip=2")).containsExactlyElementsOf(ids(w, "m2", "mOwn"));
        assertThat(list(api, b, "limit=2&from=2")).containsExactlyElementsOf(ids(w, "m2", "mOwn"));
        assertThat(api.get("v0/mission?limit=0", b).object().getInt("total")).isEqualTo(4);
    }

    @Test
    @Order(6)
    @RunAsClient
    void aPageIsReadInTheSameNumberOfQueriesWhateverItsSize() throws Exception {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        // SELECTs the server ran for one request; the least of three, should a timer of the application query meanwhile
        long one = Long.MAX_VALUE;
        long four = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            one = Math.min(one, selects(() -> assertThat(api.get("v0/mission/search?limit=1", b).status())
                    .isEqualTo(200)));
            four = Math.min(four, selects(() -> assertThat(api.get("v0/mission/search?limit=4", b).ids("hits"))
                    .hasSize(4)));
        }
        assertThat(four).as("SELECTs for a page of 4 vs a page of 1").isEqualTo(one);
        // a zero would mean the counter misses the application's statements
        assertThat(one).as("SELECTs of one request").isBetween(5L, 15L);
    }

    @Test
    @Order(7)
    @RunAsClient
    void theSearchIndexAnswersAroundAPointAndSeesAWriteAtOnce() {
        Map<String, String> w = PartnerWorld.load(WORLD);
        PartnerApi api = new PartnerApi(base);
        String b = w.get("B.key");
        String a1 = w.get("A1.key");
        String around = "lat=45.7578&lon=4.8320&distance=20km";
        long before = indexSearches(api);
        assertThat(list(api, b, around)).containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2"));

        Answer created = api.post("v2/mission", a1, """
                {"clientId": "index-%s", "title": "Aide aux devoirs au centre social de la Guillotière",
                 "description": "Accompagner des collégiens deux soirs par semaine", "domain": "education",
                 "applicationUrl": "https://example.org/apply", "startAt": "2027-01-15T00:00:00.000Z",
                 "addresses": [{"postalCode": "69007", "city": "Lyon", "country": "France"}]}"""
                .formatted(w.get("token")));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.object().getJsonObject("data").getString("id");
        // the newest start first: the mission written a moment ago, through another connection, is there
        assertThat(list(api, b, around)).containsExactlyElementsOf(List.of(id, w.get("m1.id"), w.get("m2.id")));
        JsonObject search = api.get("v0/mission/search?domain=education&" + around, b).object();
        assertThat(search.getInt("total")).isEqualTo(2);
        assertThat(search.getJsonObject("facets").getJsonArray("domains").getJsonObject(0).getInt("doc_count"))
                .isEqualTo(2);

        assertThat(api.delete("v2/mission/index-" + w.get("token"), a1).status()).isEqualTo(200);
        assertThat(list(api, b, around)).containsExactlyInAnyOrderElementsOf(ids(w, "m1", "m2"));
        // these searches were answered by the index, not by the SQL it falls back to
        assertThat(indexSearches(api) - before).isGreaterThanOrEqualTo(4);
    }

    /** Searches the catalogue's search index answered so far, from the readiness check's data. */
    private static long indexSearches(PartnerApi api) {
        JsonObject health = jakarta.json.Json.createReader(new java.io.StringReader(api.raw("/health/ready",
                "application/json").text())).readObject();
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("catalogue-search-index"))
                // Payara writes the check's data as strings
                .mapToLong(c -> Long.parseLong(c.getJsonObject("data").get("searches").toString().replace("\"", "")))
                .findFirst()
                .orElseThrow();
    }

    private static long selects(Runnable request) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:mariadb://127.0.0.1:"
                + System.getProperty("it.db.port") + "/engagement", "root", "x")) {
            long before = comSelect(c);
            request.run();
            return comSelect(c) - before;
        }
    }

    private static long comSelect(java.sql.Connection c) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static List<String> list(PartnerApi api, String key, String query) {
        Answer a = api.get("v0/mission?limit=1000&" + query, key);
        assertThat(a.status()).as(query + ": " + a.text()).isEqualTo(200);
        return a.ids("data");
    }

    private static List<String> ids(Map<String, String> w, String... aliases) {
        return java.util.Arrays.stream(aliases).map(a -> w.get(a + ".id")).toList();
    }

    /** A distinctive word of each out-of-scope mission's title (see PartnerWorld). */
    private static String titleWord(String alias) {
        return switch (alias) {
            case "mExcluded" -> "exclue";
            case "mNetwork" -> "antenne";
            case "mRefused" -> "refusée";
            case "mDeleted" -> "supprimée";
            default -> "annonceur";
        };
    }
}
