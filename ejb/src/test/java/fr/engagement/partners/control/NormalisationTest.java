package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.AddressData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Activity labels, organisation keys, HTML descriptions, offline geocoding and the preparation of a mission. */
class NormalisationTest {

    static final Map<String, String> ACTIVITIES = new LinkedHashMap<>();
    static {
        ACTIVITIES.put("logistique", "Logistique");
        ACTIVITIES.put("animation", "Animation");
        ACTIVITIES.put("animation-valorisation", "Animation, Valorisation");
        ACTIVITIES.put("soutien-accompagnement", "Soutien, Accompagnement");
        ACTIVITIES.put("ecoute-permanence", "Écoute permanence");
        ACTIVITIES.put("sensibilisation", "Prévention, Sensibilisation");
        ACTIVITIES.put("prevention-sensibilisation", "Prévention, Sensibilisation");
        ACTIVITIES.put("autre", "Autre");
    }

    final Activities activities = new Activities(ACTIVITIES);

    static Geocoder geocoder() {
        return new Geocoder(List.of(new Geocoder.Department("38", "Isère", "Auvergne-Rhône-Alpes"),
                new Geocoder.Department("2A", "Corse-du-Sud", "Corse"),
                new Geocoder.Department("2B", "Haute-Corse", "Corse"),
                new Geocoder.Department("01", "Ain", "Auvergne-Rhône-Alpes"),
                new Geocoder.Department("75", "Paris", "Île-de-France")), List.of(
                new Geocoder.Commune("38185", "Grenoble", "38", 158000, 45.1875, 5.7357, List.of("38000", "38100")),
                new Geocoder.Commune("38421", "Saint-Martin-d'Hères", "38", 38000, 45.17, 5.76, List.of("38400")),
                new Geocoder.Commune("2A004", "Ajaccio", "2A", 70000, 41.93, 8.74, List.of("20000", "20090")),
                new Geocoder.Commune("2B033", "Bastia", "2B", 48000, 42.70, 9.45, List.of("20200", "20600")),
                new Geocoder.Commune("01053", "Bourg-en-Bresse", "01", 41000, 46.2, 5.22, List.of("01000")),
                new Geocoder.Commune("75056", "Paris", "75", 2100000, 48.85, 2.35, List.of("75001", "75004"))));
    }

    @Test
    void activitiesLongestMatchUnknownIsAutreSortedDeduplicated() {
        assertThat(activities.labels(List.of("logistique, animation"))).containsExactly("Animation", "Logistique");
        assertThat(activities.labels(List.of("Soutien, Accompagnement, animation")))
                .containsExactly("Animation", "Soutien, Accompagnement");
        assertThat(activities.labels(List.of("jonglage"))).containsExactly("Autre");
        assertThat(activities.labels(List.of("Animation, Valorisation"))).containsExactly("Animation, Valorisation");
        assertThat(activities.labels(List.of("ecoute permanence", "Écoute permanence", "ÉCOUTE-PERMANENCE")))
                .containsExactly("Écoute permanence");
        assertThat(activities.labels(List.of("sensibilisation", "prevention-sensibilisation")))
                .containsExactly("Prévention, Sensibilisation");
        assertThat(activities.labels(List.of("logistique, jonglage, animation")))
                .containsExactly("Animation", "Autre", "Logistique");
        assertThat(activities.labels(List.of())).isEmpty();
    }

    @Test
    void organisationKeys() {
        assertThat(OrganizationKeys.clientId("X1", "W123456789", null, null, "Asso")).isEqualTo("X1");
        assertThat(OrganizationKeys.clientId(null, "W123456789", "12345678901234", null, "Asso")).isEqualTo("W123456789");
        assertThat(OrganizationKeys.clientId(null, "bad", "12345678901234", "123456789", "Asso"))
                .isEqualTo("12345678901234");
        assertThat(OrganizationKeys.clientId(null, null, null, "123456789", "Asso")).isEqualTo("123456789");
        assertThat(OrganizationKeys.clientId(null, null, null, null, "Les Restos du Cœur !"))
                .isEqualTo("les-restos-du-coeur");
        assertThat(OrganizationKeys.clientId(null, null, null, null, " !! ")).isNull();
        assertThat(OrganizationKeys.rna("w 922 000 733")).isEqualTo("W922000733");
        assertThat(OrganizationKeys.rna("12345")).isEqualTo("12345");
    }

    @Test
    void htmlDescriptions() {
        assertThat(HtmlText.text("Texte simple\navec ligne")).isEqualTo("Texte simple\navec ligne");
        assertThat(HtmlText.text("<p>Bonjour&nbsp;<b>à tous</b></p><ul><li>un</li><li>deux</li></ul>"))
                .isEqualTo("Bonjour à tous\n • un\n • deux");
        assertThat(HtmlText.text("a &amp; b")).isEqualTo("a & b");
        assertThat(HtmlText.hasTag("3 < 4 et 5 > 2")).isFalse();
    }

    @Test
    void geocodingByPostalCodeDecidesTheDepartmentCorsicaThroughTheTable() {
        Geocoder g = geocoder();
        AddressData bastia = g.geocode(new AddressData(null, "20200", "Bastia", "2A", null, null, "France", null,
                null, null));
        assertThat(bastia.departmentCode()).isEqualTo("2B");
        assertThat(bastia.departmentName()).isEqualTo("Haute-Corse");
        assertThat(bastia.region()).isEqualTo("Corse");
        assertThat(bastia.country()).isEqualTo("FR");
        assertThat(bastia.geolocStatus()).isEqualTo(Geocoder.BY_API);
        assertThat(bastia.latitude()).isEqualTo(42.70);
        AddressData ajaccio = g.geocode(new AddressData(null, "20090", null, null, null, null, null, null, null, null));
        assertThat(ajaccio.departmentCode()).isEqualTo("2A");
        assertThat(ajaccio.city()).isEqualTo("Ajaccio");
        AddressData bourg = g.geocode(new AddressData(null, "01000", null, null, null, null, "FR", null, null, null));
        assertThat(bourg.postalCode()).isEqualTo("01000");
        assertThat(bourg.departmentCode()).isEqualTo("01");
    }

    @Test
    void geocodingByCityThenDepartmentAndPartnersPointKept() {
        Geocoder g = geocoder();
        AddressData grenoble = g.geocode(new AddressData("champ libre invalide", null, "Grenoble", null, null, null,
                "France", null, null, null));
        assertThat(grenoble).isEqualTo(new AddressData("champ libre invalide", "38000", "Grenoble", "38", "Isère",
                "Auvergne-Rhône-Alpes", "FR", 45.1875, 5.7357, Geocoder.BY_API));
        AddressData own = g.geocode(new AddressData("46 Rue Saint-Antoine", "75004", "Paris", "75", "Paris",
                "Île-de-France", "France", 48.8541, 2.3643, "ENRICHED_BY_PUBLISHER"));
        assertThat(own.latitude()).isEqualTo(48.8541);
        assertThat(own.geolocStatus()).isEqualTo(Geocoder.BY_PUBLISHER);
        AddressData dep = g.geocode(new AddressData(null, null, "Nulle-Part", "38", null, null, null, null, null, null));
        assertThat(dep.departmentName()).isEqualTo("Isère");
        assertThat(dep.geolocStatus()).isEqualTo(Geocoder.NOT_FOUND);
        AddressData nothing = g.geocode(new AddressData(null, null, null, null, null, null, null, null, null, null));
        assertThat(nothing.geolocStatus()).isEqualTo(Geocoder.NO_DATA);
        AddressData abroad = g.geocode(new AddressData(null, "1000", "Bruxelles", null, null, null, "BE", null, null,
                null));
        assertThat(abroad.geolocStatus()).isEqualTo(Geocoder.NOT_FOUND);
        assertThat(abroad.departmentCode()).isNull();
    }

    @Test
    void preparationKeepsStoredDatesAndReviewsTheStoredState() {
        MissionPreparation prep = new MissionPreparation(MissionReviewTest.REVIEW, activities, geocoder());
        MissionDraft d = new MissionDraft();
        d.clientId = "c1";
        d.title = "Planter des arbres";
        d.description = "<p>Venez</p>";
        d.applicationUrl = "https://x";
        d.domain = "mémoire et citoyenneté";
        d.startAt = Instant.parse("2025-01-01T00:00:00Z");
        d.endAt = Instant.parse("2025-11-01T00:00:00Z");
        d.activities = List.of("logistique");
        d.addresses = List.of(new AddressData(null, "38000", null, null, null, null, "France", null, null, null));
        d.organization = new fr.engagement.partners.entity.OrganizationData("Mon asso", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        MissionPreparation.Prepared p = prep.prepare(d, null, now);
        assertThat(p.refusal()).isNull();
        assertThat(p.content().domain()).isEqualTo("memoire-et-citoyennete");
        assertThat(p.content().description()).isEqualTo("Venez");
        assertThat(p.content().descriptionHtml()).isEqualTo("<p>Venez</p>");
        assertThat(p.content().duration()).isEqualTo(10);
        assertThat(p.content().postedAt()).isEqualTo(now);
        assertThat(p.content().places()).isEqualTo(1);
        assertThat(p.content().placesStatus()).isEqualTo("ATTRIBUTED_BY_API");
        assertThat(p.content().activities()).containsExactly("Logistique");
        assertThat(p.content().addresses().get(0).departmentName()).isEqualTo("Isère");
        assertThat(p.organizationKey()).isEqualTo("mon-asso");
        // the same draft prepared later gives the same hash: an unchanged mission is recognised
        assertThat(prep.prepare(d, null, now).hash()).isEqualTo(p.hash());
        d.places = 0;
        d.placesGiven = true;
        assertThat(prep.prepare(d, null, now).refusal()).isEqualTo("Nombre de places invalide (doit être supérieur à 0)");
        d.places = 2;
        d.title = null;
        assertThat(prep.prepare(d, null, now).refusal()).isEqualTo("Titre manquant");
        d.title = "Deux mots";
        d.addresses = List.of(new AddressData(null, null, null, null, null, null, "Groland", null, null, null));
        assertThat(prep.prepare(d, null, now).refusal()).isEqualTo("Pays non valide : \"Groland\"");
        d.addresses = List.of();
        d.description = "<p>" + "x".repeat(20_001) + "</p>";
        MissionPreparation.Prepared longOne = prep.prepare(d, null, now);
        assertThat(longOne.refusal()).isEqualTo("La description est trop longue (plus de 20000 caractères)");
        assertThat(longOne.content().description()).hasSize(20_000);
        d.description = "Caf&eacute; &#233;t&#233;";
        MissionPreparation.Prepared decoded = prep.prepare(d, null, now);
        assertThat(decoded.refusal()).as("entities decoded before the rules").isNull();
        assertThat(decoded.content().description()).isEqualTo("Café été");
        assertThat(decoded.content().descriptionHtml()).isEqualTo("Caf&eacute; &#233;t&#233;");
        d.description = "Caf&amp;#233;";
        assertThat(prep.prepare(d, null, now).refusal()).isEqualTo("Problème d'encodage dans la description");
    }

    @Test
    void overlongValuesAreCutToTheirColumns() {
        MissionPreparation prep = new MissionPreparation(MissionReviewTest.REVIEW, activities, geocoder());
        MissionDraft d = new MissionDraft();
        d.clientId = "long";
        d.title = "Un titre " + "t".repeat(5000);
        d.description = "d";
        d.applicationUrl = "https://x/" + "u".repeat(5000);
        d.domain = "d".repeat(300_000);
        d.tags = java.util.Collections.nCopies(20_000, "étiquette");
        d.addresses = List.of(new AddressData("s".repeat(900), null, "Nulle-Part", "Isère", null, null, "c".repeat(200),
                null, null, null));
        d.organization = new fr.engagement.partners.entity.OrganizationData("n".repeat(900), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null);
        MissionPreparation.Prepared p = prep.prepare(d, null, Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(p.content().title()).hasSize(1000);
        assertThat(p.content().applicationUrl()).hasSize(2000);
        assertThat(p.content().domain()).hasSize(255);
        assertThat(p.content().tags()).hasSizeLessThan(20_000).isNotEmpty();
        assertThat(String.join("", p.content().tags()).length()).isLessThanOrEqualTo(15_000);
        AddressData a = p.content().addresses().get(0);
        assertThat(a.street()).hasSize(500);
        assertThat(a.departmentCode()).as("no code").isNull();
        assertThat(a.country()).hasSize(100);
        assertThat(p.organization().name()).hasSize(500);
        assertThat(p.refusal()).as("fits status_comment").hasSizeLessThanOrEqualTo(500)
                .startsWith("Pays non valide");
    }
}
