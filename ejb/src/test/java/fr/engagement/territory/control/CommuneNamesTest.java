package fr.engagement.territory.control;

import static fr.engagement.territory.control.CommuneNames.designates;
import static fr.engagement.territory.control.CommuneNames.likePrefix;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneNamesTest {

    @Test
    void sameNameWhateverAccentsCaseAndPunctuation() {
        assertThat(designates("Saint-Étienne", "SAINT ETIENNE")).isTrue();
        assertThat(designates("L'Abergement-Clémenciat", "l abergement clemenciat")).isTrue();
        assertThat(designates("Ajaccio", "ajaccio")).isTrue();
    }

    @Test
    void saintAbbreviations() {
        assertThat(designates("Saint-Denis", "St Denis")).isTrue();
        assertThat(designates("Sainte-Marie", "Ste-Marie")).isTrue();
        assertThat(designates("Saint-Denis", "Ste Denis")).isFalse();
    }

    @Test
    void districtAndCedexSuffixes() {
        assertThat(designates("Marseille", "Marseille 8e Arrondissement")).isTrue();
        assertThat(designates("Paris", "PARIS 11")).isTrue();
        assertThat(designates("Lyon", "Lyon Cedex 03")).isTrue();
        assertThat(designates("Lyon", "Lyon cedex")).isTrue();
    }

    @Test
    void otherNamesDoNotMatch() {
        assertThat(designates("Paris", "Parisot")).isFalse();
        assertThat(designates("Saint-Denis", "Saint-Denis-en-Val")).isFalse();
        assertThat(designates("Lyon", "Lyon la Forêt")).isFalse();
        assertThat(designates("Paris", "")).isFalse();
        assertThat(designates("Paris", null)).isFalse();
    }

    @Test
    void likePrefixTurnsSeparatorsIntoOneCharacterWildcards() {
        assertThat(likePrefix("saint etienne")).isEqualTo("saint_etienne%");
        assertThat(likePrefix("L'Aber")).isEqualTo("l_aber%");
        assertThat(likePrefix("  Aix-en ")).isEqualTo("aix_en%");
        assertThat(likePrefix("Évry")).isEqualTo("évry%");
    }

    @Test
    void likePrefixNeutralisesUserWildcards() {
        assertThat(likePrefix("100%")).isEqualTo("100%");
        assertThat(likePrefix("a%b_c")).isEqualTo("a_b_c%");
        assertThat(likePrefix("%_")).isEmpty();
        assertThat(likePrefix(null)).isEmpty();
    }

    @Test
    void likePrefixSpellsOutCompleteSaintAbbreviationsOnly() {
        assertThat(likePrefix("st etienne")).isEqualTo("saint_etienne%");
        assertThat(likePrefix("Ste Mar")).isEqualTo("sainte_mar%");
        assertThat(likePrefix("st")).isEqualTo("st%");
        assertThat(likePrefix("stras")).isEqualTo("stras%");
    }
}
