package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.partners.control.CatalogueQuery.DateBound;
import fr.engagement.partners.control.CatalogueQuery.Sort;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogueQueryParserTest {

    private static Map<String, List<String>> params(String... pairs) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return map;
    }

    @Test
    void defaultsAreThePeers() {
        CatalogueQuery q = CatalogueQueryParser.parse(params());
        assertThat(q.limit()).isEqualTo(25);
        assertThat(q.skip()).isZero();
        assertThat(q.around()).isNull();
        assertThat(q.sort()).isEqualTo(Sort.START_AT);
        assertThat(q.domains()).isEmpty();
        assertThat(q.openToMinors()).isNull();
        assertThat(q.snuOnly()).isFalse();
    }

    @Test
    void listsComeAsCommaListsOrRepeatedParametersWithoutBlanksOrDuplicates() {
        CatalogueQuery q = CatalogueQueryParser.parse(params("domain", "sante, education", "domain", "sport",
                "domain", "sante", "departmentName", " Rhône ,,", "activity", "Animation, Valorisation"));
        assertThat(q.domains()).containsExactly("sante", "education", "sport");
        assertThat(q.departmentNames()).containsExactly("Rhône");
        // a label holding a comma stays whole (the peer cuts it in two and finds nothing)
        assertThat(q.activities()).containsExactly("Animation, Valorisation");
        assertThat(CatalogueQueryParser.parse(params("activity", "Jardinage,Secours,Aide,Sport", "activity",
                "Prévention,Sensibilisation")).activities())
                .containsExactly("Jardinage", "Secours, Aide", "Sport", "Prévention, Sensibilisation");
        assertThat(CatalogueQueryParser.parse(params("activity", "Animation,Sport")).activities())
                .containsExactly("Animation", "Sport");
    }

    @Test
    void limitIsBoundedAndFromIsTheLegacyAliasOfSkip() {
        assertThat(CatalogueQueryParser.parse(params("limit", "10000")).limit()).isEqualTo(10000);
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("limit", "10001")))
                .isInstanceOf(PartnerApiException.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("limit", "ten")))
                .isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("skip", "-1")))
                .isInstanceOf(PartnerApiException.class);
        assertThat(CatalogueQueryParser.parse(params("from", "40")).skip()).isEqualTo(40);
        assertThat(CatalogueQueryParser.parse(params("from", "40", "skip", "20")).skip()).isEqualTo(20);
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThat(CatalogueQueryParser.parse(params("type", "benevolat,volontariat_service_civique")).types())
                .containsExactly("benevolat", "volontariat_service_civique");
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("type", "volontariat")))
                .isInstanceOf(PartnerApiException.class)
                .satisfies(e -> assertThat(((PartnerApiException) e).status()).isEqualTo(400))
                .satisfies(e -> assertThat(((PartnerApiException) e).code()).isEqualTo("INVALID_QUERY"));
    }

    @Test
    void distancesInKilometresOrMetresWithThePeersDefaults() {
        assertThat(CatalogueQueryParser.distanceKm("25km")).isEqualTo(25);
        assertThat(CatalogueQueryParser.distanceKm("500m")).isEqualTo(0.5);
        assertThat(CatalogueQueryParser.distanceKm("12.5")).isEqualTo(12.5);
        assertThat(CatalogueQueryParser.distanceKm("30 KM")).isEqualTo(30);
        assertThat(CatalogueQueryParser.distanceKm(null)).isEqualTo(50);
        assertThat(CatalogueQueryParser.distanceKm("0km")).isEqualTo(10);
        assertThat(CatalogueQueryParser.distanceKm("0")).isEqualTo(10);
        assertThatThrownBy(() -> CatalogueQueryParser.distanceKm("far")).isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.distanceKm("-5km")).isInstanceOf(PartnerApiException.class);
    }

    @Test
    void aPointNeedsBothCoordinatesAndSortByDistanceNeedsAPoint() {
        CatalogueQuery q = CatalogueQueryParser.parse(params("lat", "45.75", "lon", "4.85", "distance", "20km",
                "sort", "distance"));
        assertThat(q.around().latitude()).isEqualTo(45.75);
        assertThat(q.around().radiusKm()).isEqualTo(20);
        assertThat(q.sort()).isEqualTo(Sort.DISTANCE);
        assertThat(q.around().latitudeDelta()).isCloseTo(20 / 111.32, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(q.around().longitudeDelta()).isGreaterThan(q.around().latitudeDelta());
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("lat", "45.75")))
                .isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("lat", "95", "lon", "4")))
                .isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("sort", "distance")))
                .isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("sort", "title")))
                .isInstanceOf(PartnerApiException.class);
        assertThat(CatalogueQueryParser.parse(params("lat", "0", "lon", "0")).around()).isNotNull();
    }

    @Test
    void dateFiltersInTheDocumentedAndInThePeersSyntax() {
        assertThat(CatalogueQueryParser.dateBound("startAt", ">2024-01-01"))
                .isEqualTo(new DateBound(true, Instant.parse("2024-01-01T00:00:00Z")));
        assertThat(CatalogueQueryParser.dateBound("startAt", "<2024-12-31"))
                .isEqualTo(new DateBound(false, Instant.parse("2024-12-31T00:00:00Z")));
        assertThat(CatalogueQueryParser.dateBound("createdAt", "gt:2024-03-01T10:00:00.000Z"))
                .isEqualTo(new DateBound(true, Instant.parse("2024-03-01T10:00:00Z")));
        assertThat(CatalogueQueryParser.dateBound("createdAt", "lt:2024-03-01T12:00:00+02:00"))
                .isEqualTo(new DateBound(false, Instant.parse("2024-03-01T10:00:00Z")));
        // an unencoded '+' arrives as a space
        assertThat(CatalogueQueryParser.dateBound("createdAt", "lt:2024-03-01T12:00:00 02:00").at())
                .isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        // no zone: UTC, whatever the server's zone
        assertThat(CatalogueQueryParser.dateBound("createdAt", "gt:2024-03-01T10:00:00").at())
                .isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThatThrownBy(() -> CatalogueQueryParser.dateBound("startAt", "2024-01-01"))
                .isInstanceOf(PartnerApiException.class);
        assertThatThrownBy(() -> CatalogueQueryParser.dateBound("startAt", ">yesterday"))
                .isInstanceOf(PartnerApiException.class);
        CatalogueQuery q = CatalogueQueryParser.parse(params("startAt", ">2024-01-01", "startAt", "<2024-12-31"));
        assertThat(q.startAt()).hasSize(2);
    }

    @Test
    void booleansAcceptThePeersSpellingsAndSnuFalseIsNoFilter() {
        assertThat(CatalogueQueryParser.parse(params("openToMinors", "yes")).openToMinors()).isTrue();
        assertThat(CatalogueQueryParser.parse(params("openToMinors", "0")).openToMinors()).isFalse();
        assertThat(CatalogueQueryParser.parse(params("reducedMobilityAccessible", "TRUE"))
                .reducedMobilityAccessible()).isTrue();
        assertThat(CatalogueQueryParser.parse(params("snu", "true")).snuOnly()).isTrue();
        assertThat(CatalogueQueryParser.parse(params("snu", "false")).snuOnly()).isFalse();
        assertThatThrownBy(() -> CatalogueQueryParser.parse(params("openToMinors", "peut-être")))
                .isInstanceOf(PartnerApiException.class);
    }

    @Test
    void keywordsAreWordsAndTextIsTheirLegacyAlias() {
        assertThat(CatalogueQueryParser.parse(params("keywords", "  cuisine   solidaire ")).keywords())
                .containsExactly("cuisine", "solidaire");
        assertThat(CatalogueQueryParser.parse(params("text", "jardin")).keywords()).containsExactly("jardin");
    }

    @Test
    void onlyAPointWithDomainsAndPublishersIsAnsweredFromTheAddressIndex() {
        assertThat(CatalogueQueryParser.parse(params("lat", "45", "lon", "4", "domain", "sante", "publisher", "x"))
                .indexOnlyAroundPoint()).isTrue();
        assertThat(CatalogueQueryParser.parse(params("lat", "45", "lon", "4", "city", "Lyon"))
                .indexOnlyAroundPoint()).isFalse();
        assertThat(CatalogueQueryParser.parse(params("domain", "sante")).indexOnlyAroundPoint()).isFalse();
    }
}
