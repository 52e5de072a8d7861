package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetUrlTest {

    private static Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("apiengagement_id", "0190-abc");
        p.put("utm_source", "api_engagement");
        p.put("utm_medium", "api");
        p.put("utm_campaign", "benevolt-and-co");
        return p;
    }

    @Test
    void parametersAreAddedInOrder() {
        assertThat(TargetUrl.with("https://asso.example/missions/42", params())).contains(
                "https://asso.example/missions/42?apiengagement_id=0190-abc&utm_source=api_engagement"
                        + "&utm_medium=api&utm_campaign=benevolt-and-co");
    }

    @Test
    void theTargetsOwnQueryAndFragmentAreKeptAsSent() {
        assertThat(TargetUrl.with("https://asso.example/m?id=42&ref=a%20b&flag#apply", params())).contains(
                "https://asso.example/m?id=42&ref=a%20b&flag&apiengagement_id=0190-abc&utm_source=api_engagement"
                        + "&utm_medium=api&utm_campaign=benevolt-and-co#apply");
    }

    @Test
    void aParameterOfOursAlreadyThereIsReplacedNotDoubled() {
        assertThat(TargetUrl.with("https://asso.example/m?utm_source=newsletter&x=1", params())).contains(
                "https://asso.example/m?x=1&apiengagement_id=0190-abc&utm_source=api_engagement"
                        + "&utm_medium=api&utm_campaign=benevolt-and-co");
    }

    @Test
    void valuesAreEncoded() {
        assertThat(TargetUrl.with("http://a.example/", Map.of("q", "é & =")))
                .contains("http://a.example/?q=%C3%A9%20%26%20%3D");
    }

    @Test
    void onlyAbsoluteHttpUrlsAreTargets() {
        assertThat(TargetUrl.with(null, params())).isEmpty();
        assertThat(TargetUrl.with("", params())).isEmpty();
        assertThat(TargetUrl.with("javascript:alert(1)", params())).isEmpty();
        assertThat(TargetUrl.with("/relative/path", params())).isEmpty();
        assertThat(TargetUrl.with("https://bad host/", params())).isEmpty();
        assertThat(TargetUrl.with("ftp://files.example/x", params())).isEmpty();
    }

    @Test
    void namesAreSluggedForUtmCampaign() {
        assertThat(TargetUrl.slug("Réseau Bénévoles & Cie — Île-de-France")).isEqualTo(
                "reseau-benevoles-and-cie-ile-de-france");
        assertThat(TargetUrl.slug("  JeVeuxAider.gouv.fr ")).isEqualTo("jeveuxaider-gouv-fr");
        assertThat(TargetUrl.slug(null)).isEmpty();
    }
}
