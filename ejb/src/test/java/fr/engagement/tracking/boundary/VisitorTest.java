package fr.engagement.tracking.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitorTest {

    private static final String UA = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    @Test
    void theRefererLosesItsQueryAndFragment() {
        assertThat(new Visitor("1.2.3.4", "https://d.example/list?email=a@b.fr#top", UA, null, null)
                .refererWithoutQuery()).isEqualTo("https://d.example/list");
        assertThat(new Visitor("1.2.3.4", "https://d.example/p#x?y", UA, null, null).refererWithoutQuery())
                .isEqualTo("https://d.example/p");
        assertThat(new Visitor("1.2.3.4", null, UA, null, null).refererWithoutQuery()).isEqualTo("not_defined");
    }

    @Test
    void theUserIsAHashOfAddressRefererAndAgentThatKeepsNoneOfThem() {
        Visitor v = new Visitor("203.0.113.7", "https://d.example/list?q=1", UA, "h", "o");
        assertThat(v.userHash()).matches("[0-9a-f]{64}").doesNotContain("203");
        assertThat(v.userHash()).as("the query does not split a visitor")
                .isEqualTo(new Visitor("203.0.113.7", "https://d.example/list?q=2", UA, null, null).userHash());
        assertThat(v.userHash()).isNotEqualTo(new Visitor("203.0.113.8", "https://d.example/list", UA, null, null)
                .userHash());
        assertThat(v.userHash()).isNotEqualTo(new Visitor("203.0.113.7", "https://d.example/list", UA + "x", null,
                null).userHash());
    }

    @Test
    void robotsAreToldByTheirAgent() {
        assertThat(new Visitor("1.2.3.4", null, UA, null, null).isBot()).isFalse();
        assertThat(new Visitor("1.2.3.4", null, "Googlebot/2.1", null, null).isBot()).isTrue();
    }

    @Test
    void legacyCampaignIdsAreCutLikeThePeers() {
        assertThat(Redirects.legacyId("64a1b2c3d4e5f6789abc0099trailing")).isEqualTo("64a1b2c3d4e5f6789abc0099");
        assertThat(Redirects.legacyId("0190a1b2-c3d4-7e5f-8789-abc0099abcde")).hasSize(36);
    }
}
