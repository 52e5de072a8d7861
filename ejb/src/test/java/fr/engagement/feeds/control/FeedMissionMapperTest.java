package fr.engagement.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.entity.AddressData;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedMissionMapperTest {

    private final FeedMissionMapper mapper = new FeedMissionMapper("benevolat", "https://default/logo.png");

    private MissionDraft one(String missionXml) throws Exception {
        return mapper.map(FeedParserTest.parse(FeedParserTest.HEAD + "<source><mission>" + missionXml
                + "</mission></source>").get(0));
    }

    @Test
    void correctFeedOfTheReference() throws Exception {
        byte[] xml;
        try (InputStream in = getClass().getResourceAsStream("/feeds/correct-feed.xml")) {
            xml = in.readAllBytes();
        }
        MissionDraft d = mapper.map(FeedParserTest.parse(xml, FeedLimits.defaults()).get(0));
        assertThat(d.clientId).isEqualTo("32132143");
        assertThat(d.title).isEqualTo("Titre de la mission");
        assertThat(d.postedAt).isEqualTo(Instant.parse("2023-01-01T00:00:00Z"));
        assertThat(d.startAt).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(d.endAt).isEqualTo(Instant.parse("2025-11-01T00:00:00Z"));
        assertThat(d.addresses).hasSize(2);
        AddressData paris = d.addresses.get(0);
        assertThat(paris.postalCode()).isEqualTo("75004");
        assertThat(paris.latitude()).isEqualTo(48.8541);
        assertThat(paris.longitude()).isEqualTo(2.3643);
        assertThat(paris.geolocStatus()).isEqualTo("ENRICHED_BY_PUBLISHER");
        assertThat(d.places).isEqualTo(2);
        assertThat(d.placesGiven).isTrue();
        assertThat(d.compensationAmount).isEqualTo(10.0);
        assertThat(d.compensationUnit).isEqualTo("hour");
        assertThat(d.compensationType).isEqualTo("gross");
        assertThat(d.activities).containsExactly("logistique");
        assertThat(d.remote).isEqualTo("full");
        assertThat(d.tags).containsExactly("environnement", "écologie");
        assertThat(d.softSkills).containsExactly("compétence 1", "compétence 2");
        assertThat(d.openToMinors).isTrue();
        assertThat(d.reducedMobilityAccessible).isTrue();
        assertThat(d.metadata).isNull();
        assertThat(d.type).isEqualTo("benevolat");
        assertThat(d.organizationClientId).isEqualTo("123312321");
        assertThat(d.organization.name()).isEqualTo("Mon asso");
        assertThat(d.organization.rna()).isEqualTo("W922000733");
        assertThat(d.organization.siren()).isEqualTo("332737394");
        assertThat(d.organization.logo()).isEqualTo("https://www.organizationname.com/logo.jpg");
        assertThat(d.organization.parentOrganizations()).containsExactly("Réseau");
        assertThat(d.organization.legalStatus()).isEqualTo("Association");
        assertThat(d.organization.beneficiaries()).containsExactly("Tous");
    }

    @Test
    void valuesKeptAsSent() throws Exception {
        MissionDraft d = one("<clientId>000123</clientId><postalCode>01000</postalCode><city>Bourg</city>"
                + "<tags><value>01</value><value>b</value></tags><audience><item>x</item><item>y</item></audience>");
        assertThat(d.clientId).isEqualTo("000123");
        assertThat(d.addresses).singleElement().satisfies(a -> {
            assertThat(a.postalCode()).isEqualTo("01000");
            assertThat(a.geolocStatus()).isNull();
        });
        assertThat(d.tags).containsExactly("01", "b");
        assertThat(d.audience).containsExactly("x", "y");
    }

    @Test
    void aliases() throws Exception {
        MissionDraft d = one("<clientId>1</clientId><adresse>1 rue X</adresse><countryCode>FR</countryCode>"
                + "<publicsBeneficiaires>Jeunes</publicsBeneficiaires><soft_skills>a,b</soft_skills>"
                + "<organizationId>ORG</organizationId><organizationRna>w123456789</organizationRna>"
                + "<organizationSiren>12345678901234</organizationSiren>"
                + "<organizationBeneficiaires>Tous</organizationBeneficiaires>");
        assertThat(d.addresses).singleElement().satisfies(a -> {
            assertThat(a.street()).isEqualTo("1 rue X");
            assertThat(a.country()).isEqualTo("FR");
        });
        assertThat(d.audience).containsExactly("Jeunes");
        assertThat(d.softSkills).containsExactly("a", "b");
        assertThat(d.organizationClientId).isEqualTo("ORG");
        assertThat(d.organization.rna()).isEqualTo("W123456789");
        assertThat(d.organization.siret()).isEqualTo("12345678901234");
        assertThat(d.organization.siren()).isEqualTo("123456789");
        assertThat(d.organization.beneficiaries()).containsExactly("Tous");
        assertThat(d.organization.logo()).as("publisher's default logo").isEqualTo("https://default/logo.png");
    }

    @Test
    void lonlatAndLonLat() throws Exception {
        MissionDraft lonlat = one("<clientId>1</clientId><city>Lyon</city><lonlat>4.835,45.764</lonlat>");
        assertThat(lonlat.addresses.get(0).latitude()).isEqualTo(45.764);
        assertThat(lonlat.addresses.get(0).longitude()).isEqualTo(4.835);
        MissionDraft swapped = one("<clientId>1</clientId><city>Lyon</city><lonlat>45.764,4.835</lonlat>");
        assertThat(swapped.addresses.get(0).latitude()).isEqualTo(45.764);
        MissionDraft sc = one("<clientId>1</clientId><city>Lyon</city><lonLat>45.764,4.835</lonLat>");
        assertThat(sc.addresses.get(0).latitude()).isEqualTo(45.764);
        assertThat(sc.addresses.get(0).geolocStatus()).isEqualTo("ENRICHED_BY_PUBLISHER");
    }

    @Test
    void placesZeroIsKeptForTheReviewAndMissingPlacesAreNotGiven() throws Exception {
        assertThat(one("<clientId>1</clientId><places>0</places>").places).isZero();
        MissionDraft none = one("<clientId>1</clientId>");
        assertThat(none.places).isNull();
        assertThat(none.placesGiven).isFalse();
        assertThat(none.addresses).isEmpty();
        assertThat(none.organization).isNull();
        assertThat(none.openToMinors).isNull();
    }

    @Test
    void titleEntitiesDecodedAndSnu() throws Exception {
        MissionDraft d = one("<clientId>1</clientId><title>Aide &amp;eacute;t&amp;eacute;</title><snu>yes</snu>"
                + "<snuPlaces>3</snuPlaces><compensationUnit>mois</compensationUnit>"
                + "<compensationType>NET</compensationType><remote>hybride</remote>");
        assertThat(d.title).isEqualTo("Aide été");
        assertThat(d.snu).isTrue();
        assertThat(d.snuPlaces).isEqualTo(3);
        assertThat(d.compensationUnit).isEqualTo("month");
        assertThat(d.compensationType).isEqualTo("net");
        assertThat(d.remote).isEqualTo("possible");
    }

    @Test
    void badDateNamesItsElement() {
        assertThatThrownBy(() -> one("<clientId>1</clientId><startAt>bientôt</startAt>"))
                .isInstanceOf(FeedValues.BadValue.class).hasMessageContaining("<startAt>");
    }

    @Test
    void scanCountsMissingAndDuplicateClientIds() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("feed", ".xml");
        try {
            java.nio.file.Files.writeString(file, FeedParserTest.HEAD + "<source>"
                    + "<mission><clientId>A</clientId><title>premier</title></mission>"
                    + "<mission><title>sans id</title></mission>"
                    + "<mission><clientId>A</clientId><title>second</title></mission>"
                    + "<mission><clientId>B</clientId></mission></source>", StandardCharsets.UTF_8);
            FeedScan.Result r = FeedScan.scan(file, FeedLimits.defaults(), mapper);
            assertThat(r.missions()).isEqualTo(4);
            assertThat(r.importable()).isEqualTo(2);
            assertThat(r.withoutClientId()).isEqualTo(1);
            assertThat(r.duplicates()).isEqualTo(1);
            assertThat(r.clientIds()).as("what the last step keeps").containsExactlyInAnyOrder("A", "B");
            assertThat(r.skipped()).extracting(FeedScan.Skipped::reason)
                    .containsExactly(FeedScan.NO_CLIENT_ID, FeedScan.DUPLICATE);
            java.nio.file.Files.writeString(file, FeedParserTest.HEAD + "<source><mission><title>x</title></mission>"
                    + "</source>", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> FeedScan.scan(file, FeedLimits.defaults(), mapper))
                    .hasMessageStartingWith("Empty xml: no importable mission (1 without a usable clientId)");
            java.nio.file.Files.writeString(file, FeedParserTest.HEAD + "<source><mission><clientId>1</clientId>"
                    + "<endAt>32/13/2025</endAt></mission></source>", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> FeedScan.scan(file, FeedLimits.defaults(), mapper))
                    .hasMessageStartingWith("Error parsing xml: mission 1").hasMessageContaining("<endAt>");
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
