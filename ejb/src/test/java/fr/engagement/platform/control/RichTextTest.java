package fr.engagement.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void scriptsHandlersAndStylesAreRemovedAndTheTextKept() {
        String clean = RichText.sanitise("<p onclick=\"steal()\" style=\"color:red\">Bonjour <strong>à tous</strong>"
                + "</p><script>alert(1)</script><img src=x onerror=alert(2)><iframe src=\"https://evil\"></iframe>");
        assertThat(clean).isEqualTo("<p>Bonjour <strong>à tous</strong></p>");
    }

    @Test
    void linksKeepOnlySafeProtocolsAndGetNoFollow() {
        assertThat(RichText.sanitise("<p><a href=\"javascript:alert(1)\">x</a></p>")).doesNotContain("javascript");
        assertThat(RichText.sanitise("<p><a href=\"https://www.service-public.fr\">lien</a></p>"))
                .contains("href=\"https://www.service-public.fr\"").contains("rel=\"noopener noreferrer nofollow\"");
    }

    @Test
    void markupWithoutTextIsNoText() {
        assertThat(RichText.sanitise("<p><br></p>")).isNull();
        assertThat(RichText.sanitise("<script>alert(1)</script>")).isNull();
        assertThat(RichText.sanitise("   ")).isNull();
    }

    @Test
    void messagesArePlainText() {
        assertThat(RichText.plain("<b>Bonjour</b> l'équipe & merci <script>x</script>"))
                .isEqualTo("Bonjour l'équipe & merci");
    }
}
