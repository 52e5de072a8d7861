package fr.engagement.tracking.rest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.tracking.rest.ClickRoutes.ClickQuery;
import org.junit.jupiter.api.Test;

class ClickPathTest {

    @Test
    void theTrackedLinksAreTwoSegmentsOrAnEmailLink() {
        assertThat(click("0190b1c2-aaaa/6151a3f4e1b2")).isTrue();
        assertThat(click("widget/m1")).isTrue();
        assertThat(click("campaign/c1")).isTrue();
        assertThat(click("seo/m1")).isTrue();
        assertThat(click("notrack/m1")).isTrue();
        assertThat(click("email/m1/p1")).isTrue();
    }

    @Test
    void thePixelsAndConversionsAreLeftToJaxRs() {
        assertThat(click("apply")).isFalse();
        assertThat(click("account")).isFalse();
        assertThat(click("impression/m1/p1")).isFalse();
        assertThat(click("impression/campaign/c1")).isFalse();
        assertThat(click("0190b1c2/confirm-human")).as("the literal segment wins, as in JAX-RS").isFalse();
        assertThat(click("a/b/c/d")).isFalse();
    }

    @Test
    void emptySegmentsAndMatrixParametersAreNotLinks() {
        assertThat(ClickPath.segments("m1/")).isNull();
        assertThat(ClickPath.segments("/m1")).isNull();
        assertThat(ClickPath.segments("m1;x=1/p1")).isNull();
    }

    @Test
    void segmentsAreDecodedWithPlusKept() {
        assertThat(ClickPath.segments("m%C3%A9+1/p%201")).containsExactly("mé+1", "p 1");
        assertThat(ClickPath.segments("m%zz/p")).as("a broken escape is kept as sent").containsExactly("m%zz", "p");
    }

    @Test
    void queryParametersAreTheFirstValueDecodedAsUtf8() {
        ClickQuery query = new ClickQuery("tags=rentr%C3%A9e,lyon&tags=second&user_scoring_id=a+b&flag&bad=%zz");
        assertThat(query.get("tags")).isEqualTo("rentrée,lyon");
        assertThat(query.get("user_scoring_id")).isEqualTo("a b");
        assertThat(query.get("flag")).isEmpty();
        assertThat(query.get("bad")).isEqualTo("%zz");
        assertThat(query.get("missing")).isNull();
        assertThat(new ClickQuery(null).get("tags")).isNull();
    }

    private static boolean click(String path) {
        String[] segments = ClickPath.segments(path);
        return segments != null && ClickPath.isClick(segments);
    }
}
