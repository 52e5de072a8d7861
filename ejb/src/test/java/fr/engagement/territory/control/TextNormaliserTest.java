package fr.engagement.territory.control;

import static fr.engagement.territory.control.TextNormaliser.normalise;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    @Test
    void accentsCaseAndPunctuationAreFolded() {
        assertThat(normalise("Saint-Étienne")).isEqualTo("saint etienne");
        assertThat(normalise("SAINT ETIENNE")).isEqualTo("saint etienne");
        assertThat(normalise("  L'Haÿ-les-Roses ")).isEqualTo("l hay les roses");
        assertThat(normalise("Châlons-en-Champagne")).isEqualTo("chalons en champagne");
        assertThat(normalise("Plœmeur")).isEqualTo("ploemeur");
        assertThat(normalise("ŒUILLY")).isEqualTo("oeuilly");
        assertThat(normalise("Saint-Martin-d’Hères")).isEqualTo("saint martin d heres");
        assertThat(normalise("Île de Clipperton")).isEqualTo("ile de clipperton");
    }

    @Test
    void digitsAreKept() {
        assertThat(normalise("Marseille 8e Arrondissement")).isEqualTo("marseille 8e arrondissement");
    }

    @Test
    void nullAndBlankGiveEmpty() {
        assertThat(normalise(null)).isEmpty();
        assertThat(normalise(" -' ")).isEmpty();
    }
}
