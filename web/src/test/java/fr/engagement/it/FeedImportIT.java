package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.engagement.feeds.boundary.FeedImports;
import fr.engagement.it.support.Eventually;
import fr.engagement.it.support.FeedServer;
import fr.engagement.it.support.PartnerFixtures;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PartnerMissionAddress;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feed imports end to end, in the server: the reference feeds served over HTTP by the test, the Jakarta Batch job,
 * the catalogue in MariaDB. Then every malformation we could think of: each gives a FAILED import with a clear
 * error and leaves the publisher's catalogue exactly as it was.
 */
@ExtendWith(ArquillianExtension.class)
class FeedImportIT {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static FeedServer server;

    @Deployment
    static WebArchive deployment() {
        WebArchive war = Deployments.application(FeedImportIT.class);
        for (String feed : new String[] {"correct-feed", "invalid-address-feed", "invalid-compensation-feed",
                "missing-logo-feed"}) {
            war.addAsResource("feeds/" + feed + ".xml");
        }
        return war;
    }

    @Inject
    FeedImports imports;

    @Inject
    PartnerFixtures partners;

    static synchronized FeedServer server() {
        if (server == null) {
            server = new FeedServer();
        }
        return server;
    }

    private FeedImport run(String publisherId) {
        long id = imports.start(publisherId, FeedImport.Trigger.ADMIN);
        return Eventually.get(Duration.ofSeconds(180), "import " + id + " finished",
                () -> imports.find(id).filter(i -> i.getStatus() != FeedImport.Status.RUNNING));
    }

    private String announcerOf(String resource) {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().putResource(path, "feeds/" + resource);
        return partners.announcer("Annonceur", server().url(path), "https://partner.example/default-logo.png");
    }

    @Test
    void correctFeedOfTheReference() {
        String publisher = announcerOf("correct-feed.xml");
        FeedImport first = run(publisher);
        assertThat(first.getStatus()).as(first.getError()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(first.getCreatedCount()).isEqualTo(1);
        assertThat(first.getReceivedCount()).isEqualTo(1);
        assertThat(first.getMissionCount()).isEqualTo(1);
        assertThat(first.getRefusedCount()).isZero();

        PartnerMission m = partners.mission(publisher, "32132143");
        assertThat(m.getStatusCode()).isEqualTo("ACCEPTED");
        assertThat(m.getStatusComment()).isNull();
        assertThat(m.getTitle()).isEqualTo("Titre de la mission");
        assertThat(m.getActivities()).containsExactly("Logistique");
        assertThat(m.getDuration()).isEqualTo(10);
        assertThat(m.getStartAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(m.getEndAt()).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
        assertThat(m.getPostedAt()).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(m.getOpenToMinors()).isTrue();
        assertThat(m.getPlaces()).isEqualTo(2);
        assertThat(m.getPlacesStatus()).isEqualTo("GIVEN_BY_PARTNER");
        assertThat(m.getTags()).containsExactly("environnement", "écologie");
        assertThat(m.getImage()).isEqualTo("https://monurl.com/1.jpg");
        assertThat(m.getRemote()).isEqualTo("full");
        assertThat(m.getType()).isEqualTo("benevolat");
        assertThat(m.getCompensationAmount()).isEqualTo(10.0);
        assertThat(m.getCompensationUnit()).isEqualTo("hour");
        assertThat(m.getDescription()).isEqualTo("Description de la mission");
        assertThat(m.getAddresses()).hasSize(2);
        PartnerMissionAddress paris = m.getAddresses().get(0);
        assertThat(paris.getCountry()).isEqualTo("FR");
        assertThat(paris.getGeolocStatus()).isEqualTo("ENRICHED_BY_PUBLISHER");
        assertThat(paris.getLatitude()).isEqualTo(48.8541);
        assertThat(paris.getDepartmentCode()).isEqualTo("75");
        PartnerMissionAddress orleans = m.getAddresses().get(1);
        assertThat(orleans.getDepartmentCode()).isEqualTo("45");
        assertThat(orleans.getDepartmentName()).isEqualTo("Loiret");
        assertThat(orleans.getRegion()).isEqualTo("Centre-Val de Loire");
        assertThat(m.getOrganization().getClientId()).isEqualTo("123312321");
        assertThat(m.getOrganization().getName()).isEqualTo("Mon asso");
        assertThat(m.getOrganization().getRna()).isEqualTo("W922000733");
        assertThat(m.getOrganization().getParentOrganizations()).containsExactly("Réseau");
        assertThat(m.getOrganization().getLogo()).isEqualTo("https://www.organizationname.com/logo.jpg");

        // the same feed again: nothing rewritten, not even the missions' sync times (the publisher's stands for them)
        String before = partners.fingerprint(publisher);
        FeedImport again = run(publisher);
        assertThat(again.getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getUpdatedCount()).isZero();
        assertThat(again.getUnchangedCount()).isEqualTo(1);
        assertThat(again.getDeletedCount()).isZero();
        assertThat(partners.mission(publisher, "32132143").getUpdatedAt()).isEqualTo(m.getUpdatedAt());
        assertThat(partners.fingerprint(publisher)).as("versions, rows and sync times unchanged").isEqualTo(before);
        assertThat(partners.publisher(publisher).getFeedSyncedAt()).isEqualTo(again.getStartedAt());
        assertThat(new fr.engagement.partners.control.CatalogueEntry(partners.mission(publisher, "32132143"),
                partners.publisher(publisher), null).lastSyncAt()).as("what the API shows")
                .isEqualTo(again.getStartedAt());
    }

    @Test
    void invalidAddressIsGeocodedOfflineAtCityLevel() {
        String publisher = announcerOf("invalid-address-feed.xml");
        assertThat(run(publisher).getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        PartnerMissionAddress a = partners.mission(publisher, "INVALID_ADDR_1").getAddresses().get(0);
        assertThat(a.getStreet()).isEqualTo("champ libre invalide");
        assertThat(a.getCity()).isEqualTo("Grenoble");
        assertThat(a.getDepartmentCode()).isEqualTo("38");
        assertThat(a.getDepartmentName()).isEqualTo("Isère");
        assertThat(a.getRegion()).isEqualTo("Auvergne-Rhône-Alpes");
        assertThat(a.getCountry()).isEqualTo("FR");
        assertThat(a.getGeolocStatus()).isEqualTo("ENRICHED_BY_API");
        // the peer's BAN point is 45.1875, 5.7357; ours is the commune's point from the territory table
        assertThat(a.getLatitude()).isCloseTo(45.1875, within(0.05));
        assertThat(a.getLongitude()).isCloseTo(5.7357, within(0.05));
        assertThat(partners.mission(publisher, "INVALID_ADDR_1").getOrganization().getClientId()).isEqualTo("ORG_1");
    }

    @Test
    void negativeCompensationIsRefusedWithThePeersComment() {
        String publisher = announcerOf("invalid-compensation-feed.xml");
        FeedImport i = run(publisher);
        assertThat(i.getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(i.getRefusedCount()).isEqualTo(1);
        PartnerMission m = partners.mission(publisher, "INVALID_COMPENSATION");
        assertThat(m.getStatusCode()).isEqualTo("REFUSED");
        assertThat(m.getStatusComment()).isEqualTo("Montant de la compensation invalide (nombre positif attendu)");
        assertThat(partners.addressLive(m.getId())).containsOnly(false);
        assertThat(partners.refusals(i.getId())).extracting(FeedImportRefusal::getReason)
                .containsExactly("Montant de la compensation invalide (nombre positif attendu)");
    }

    @Test
    void onlyThePublishersLastImportsKeepTheirListOfRefusedMissions() {
        String publisher = announcerOf("invalid-compensation-feed.xml");
        java.util.List<Long> ids = new java.util.ArrayList<>();
        for (int n = 0; n < 5; n++) {
            FeedImport i = run(publisher);
            assertThat(i.getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
            ids.add(i.getId());
        }
        // partners.import.refusals-kept=3 in arquillian.xml
        assertThat(ids).extracting(id -> partners.refusals(id).size()).containsExactly(0, 0, 1, 1, 1);
        assertThat(imports.find(ids.get(0)).orElseThrow().getRefusedCount()).as("the counts stay").isEqualTo(1);
    }

    @Test
    void missingLogoTakesThePublishersDefault() {
        String publisher = announcerOf("missing-logo-feed.xml");
        assertThat(run(publisher).getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(partners.mission(publisher, "32132143").getOrganization().getLogo())
                .isEqualTo("https://partner.example/default-logo.png");
    }

    private static String mission(String clientId, String title, String extra) {
        return "<mission><clientId>" + clientId + "</clientId><title>" + title + "</title>"
                + "<description>Une description</description><applicationUrl>https://x.org/" + clientId
                + "</applicationUrl><postalCode>01000</postalCode><city>Bourg-en-Bresse</city>"
                + "<organizationName>Asso " + clientId + "</organizationName>" + extra + "</mission>";
    }

    private static String feed(String... missions) {
        return HEAD + "<source>" + String.join("", missions) + "</source>";
    }

    @Test
    void missingMissionsAreSoftDeletedAndRestoredWhenTheyReappear() {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().put(path, feed(mission("X", "Mission X", ""), mission("Y", "Mission Y", "")));
        String publisher = partners.announcer("Annonceur", server().url(path), null);
        FeedImport first = run(publisher);
        assertThat(first.getCreatedCount()).isEqualTo(2);
        PartnerMission y = partners.mission(publisher, "Y");
        assertThat(y.getAddresses().get(0).getPostalCode()).as("kept as sent").isEqualTo("01000");
        assertThat(y.getAddresses().get(0).getDepartmentCode()).isEqualTo("01");
        assertThat(y.getOrganization().getClientId()).isEqualTo("asso-y");

        server().put(path, feed(mission("X", "Mission X", "")));
        FeedImport second = run(publisher);
        assertThat(second.getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(second.getDeletedCount()).isEqualTo(1);
        assertThat(second.getMissionCount()).isEqualTo(1);
        y = partners.mission(publisher, "Y");
        assertThat(y.getDeletedAt()).isNotNull();
        assertThat(partners.addressLive(y.getId())).containsOnly(false);
        assertThat(partners.mission(publisher, "X").getDeletedAt()).isNull();

        server().put(path, feed(mission("X", "Mission X", ""), mission("Y", "Mission Y", "")));
        FeedImport third = run(publisher);
        assertThat(third.getUpdatedCount()).isEqualTo(1);
        assertThat(third.getUnchangedCount()).isEqualTo(1);
        assertThat(third.getDeletedCount()).isZero();
        y = partners.mission(publisher, "Y");
        assertThat(y.getDeletedAt()).isNull();
        assertThat(partners.addressLive(y.getId())).containsOnly(true);
    }

    @Test
    void duplicateClientIdsKeepTheFirstAndMissionsWithoutClientIdAreReported() {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().put(path, feed(mission("D", "Premier titre", ""), mission("D", "Second titre", ""),
                "<mission><title>Sans identifiant</title></mission>", mission("E", "Sans titre", "")
                        .replace("<title>Sans titre</title>", ""), mission("F", "Places nulles", "<places>0</places>"),
                mission("G", "Mémoire vive", "<domain>mémoire et citoyenneté</domain>")));
        String publisher = partners.announcer("Annonceur", server().url(path), null);
        FeedImport i = run(publisher);
        assertThat(i.getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(i.getCreatedCount()).isEqualTo(4);
        assertThat(partners.mission(publisher, "D").getTitle()).isEqualTo("Premier titre");
        assertThat(partners.mission(publisher, "E").getStatusComment()).isEqualTo("Titre manquant");
        assertThat(partners.mission(publisher, "F").getStatusComment())
                .isEqualTo("Nombre de places invalide (doit être supérieur à 0)");
        assertThat(partners.mission(publisher, "G").getStatusCode()).isEqualTo("ACCEPTED");
        assertThat(partners.mission(publisher, "G").getDomain()).isEqualTo("memoire-et-citoyennete");
        assertThat(partners.refusals(i.getId())).extracting(FeedImportRefusal::getReason).contains(
                "ClientId manquant", "ClientId en double dans le flux : seule la première mission est importée",
                "Titre manquant", "Nombre de places invalide (doit être supérieur à 0)");
        assertThat(i.getRefusedCount()).isEqualTo(2);
    }

    @Test
    void overlongValuesAreCutInsteadOfFailingTheImport() {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().put(path, feed(mission("L1", "Titre " + "t".repeat(3000), "<departmentCode>Isère</departmentCode>"
                + "<tags>" + "étiquette,".repeat(8000) + "</tags><domain>" + "d".repeat(5000) + "</domain>"),
                mission("L".repeat(300), "Identifiant trop long", ""), mission("L2", "Mission normale", "")));
        String publisher = partners.announcer("Annonceur", server().url(path), null);
        FeedImport i = run(publisher);
        assertThat(i.getStatus()).as(i.getError()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(i.getCreatedCount()).isEqualTo(2);
        PartnerMission m = partners.mission(publisher, "L1");
        assertThat(m.getTitle()).hasSize(1000);
        assertThat(m.getStatusComment()).startsWith("Domaine non valide");
        assertThat(m.getAddresses().get(0).getDepartmentCode()).isEqualTo("01");
        assertThat(partners.refusals(i.getId())).extracting(FeedImportRefusal::getReason)
                .contains("ClientId trop long (plus de 255 caractères)");
    }

    @Test
    void basicAuthIsSentWhenThePublisherHasCredentials() {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().put(path, feed(mission("B1", "Mission protégée", "")));
        server().requireBasic(path, "partner", "s3cret");
        String publisher = partners.announcer("Annonceur", server().url(path), null);
        FeedImport refused = run(publisher);
        assertThat(refused.getStatus()).isEqualTo(FeedImport.Status.FAILED);
        assertThat(refused.getError()).isEqualTo("401 - Unauthorized");
        partners.feed(publisher, server().url(path), "partner", "s3cret");
        assertThat(run(publisher).getStatus()).isEqualTo(FeedImport.Status.SUCCESS);
    }

    @Test
    void malformedFeedsFailClearlyAndLeaveTheCatalogueUntouched() {
        String path = "/" + java.util.UUID.randomUUID() + ".xml";
        server().put(path, feed(mission("K1", "Mission gardée", ""), mission("K2", "Autre mission gardée", "")));
        String publisher = partners.announcer("Annonceur", server().url(path), null);
        assertThat(run(publisher).getCreatedCount()).isEqualTo(2);
        String untouched = partners.fingerprint(publisher);

        String lol = "<!DOCTYPE source [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        Object[][] cases = {
            {"broken XML", feed(mission("K1", "x", "")).replace("</title>", "</titl>"), "Error parsing xml: line"},
            {"wrong encoding", (HEAD + "<source>" + mission("K1", "Répétition générale", "") + "</source>")
                    .getBytes(StandardCharsets.ISO_8859_1), "Error parsing xml"},
            {"XXE", HEAD + "<!DOCTYPE source [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><source>"
                    + mission("K1", "&xxe;", "") + "</source>", "Error parsing xml: DOCTYPE is not allowed"},
            {"billion laughs", HEAD + lol + "<source>" + mission("K1", "&d;", "") + "</source>",
                "Error parsing xml: DOCTYPE is not allowed"},
            {"not XML", "{\"missions\": []}", "Not an XML"},
            {"empty body", "", "Empty xml"},
            {"no mission", HEAD + "<source><publisher>P</publisher></source>", "Empty xml"},
            {"missing clientId", feed("<mission><title>Sans id</title></mission>"),
                "Empty xml: no importable mission (1 without a usable clientId)"},
            {"bad dates", feed(mission("K1", "Mission datée", "<startAt>le 3 du mois prochain</startAt>")),
                "Error parsing xml: mission K1"},
        };
        for (Object[] c : cases) {
            if (c[1] instanceof String s) {
                server().put(path, s);
            } else {
                server().put(path, (byte[]) c[1]);
            }
            FeedImport failed = run(publisher);
            assertThat(failed.getStatus()).as((String) c[0]).isEqualTo(FeedImport.Status.FAILED);
            assertThat(failed.getError()).as((String) c[0]).startsWith((String) c[2]);
            assertThat(failed.getMissionCount()).as((String) c[0]).isEqualTo(2);
            assertThat(partners.fingerprint(publisher)).as((String) c[0]).isEqualTo(untouched);
        }

        String[][] urls = {
            {"200 MB feed", server().url("/huge/" + 200L * 1024 * 1024), "Error parsing xml: Feed too large"},
            {"404", server().url("/nowhere.xml"), "404 - Not Found"},
            {"unreachable host", "http://127.0.0.1:1/feed.xml", "500 - Network error"},
            {"loopback not allow-listed", "http://localhost:" + server().port() + path, "500 - Forbidden address"},
            {"private address", "http://10.1.2.3/feed.xml", "500 - Forbidden address"},
            {"link-local metadata address", "http://169.254.169.254/latest/meta-data", "500 - Forbidden address"},
            {"not HTTP", "file:///etc/passwd", "500 - Unsupported feed URL scheme"},
        };
        for (String[] c : urls) {
            partners.feed(publisher, c[1], null, null);
            FeedImport failed = run(publisher);
            assertThat(failed.getStatus()).as(c[0]).isEqualTo(FeedImport.Status.FAILED);
            assertThat(failed.getError()).as(c[0]).startsWith(c[2]);
            assertThat(partners.fingerprint(publisher)).as(c[0]).isEqualTo(untouched);
        }
    }

    @Test
    void aFeedOfThousandsIsImportedByChunksAndReimportedUnchanged() {
        String publisher = partners.announcer("Annonceur", server().url("/generated/5500"), null);
        FeedImport first = run(publisher);
        assertThat(first.getStatus()).as(first.getError()).isEqualTo(FeedImport.Status.SUCCESS);
        assertThat(first.getReceivedCount()).isEqualTo(5500);
        assertThat(first.getCreatedCount()).isEqualTo(5500);
        assertThat(first.getMissionCount()).isEqualTo(5500);
        PartnerMission bastia = partners.mission(publisher, "gen-4");
        assertThat(bastia.getAddresses().get(0).getDepartmentCode()).isEqualTo("2B");
        assertThat(bastia.getActivities()).containsExactly("Animation", "Logistique");
        assertThat(bastia.getOrganization().getClientId()).isEqualTo("association-4");
        assertThat(partners.mission(publisher, "gen-6").getAddresses().get(0).getDepartmentCode()).isEqualTo("974");
        FeedImport again = run(publisher);
        assertThat(again.getUnchangedCount()).isEqualTo(5500);
        assertThat(again.getUpdatedCount()).isZero();
        assertThat(again.getCreatedCount()).isZero();
        assertThat(again.getDeletedCount()).isZero();
    }

    @Test
    void aSecondImportIsRefusedWhileOneRuns() {
        String publisher = partners.announcer("Annonceur", server().url("/hold/feed.xml"), null);
        long first = imports.start(publisher, FeedImport.Trigger.ADMIN);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.start(publisher,
                    FeedImport.Trigger.API)).hasMessageContaining("déjà en cours");
        } finally {
            server().release();
        }
        FeedImport done = Eventually.get(Duration.ofSeconds(180), "import finished",
                () -> imports.find(first).filter(i -> i.getStatus() != FeedImport.Status.RUNNING));
        assertThat(done.getError()).isEqualTo("404 - Not Found");
    }
}
