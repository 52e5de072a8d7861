package fr.engagement.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionTextTest {

    @Test
    void frenchDatesSayFirstOfTheMonthAsPeopleDo() {
        assertThat(MissionText.day(LocalDate.of(2026, 6, 1), true)).isEqualTo("lundi 1er juin 2026");
        assertThat(MissionText.day(LocalDate.of(2026, 6, 13), false)).isEqualTo("samedi 13 juin");
    }

    @Test
    void districtsOfParisAndLyonAreNamedLikeThis() {
        assertThat(PlaceCatalogue.label("Paris", "75056", "75018")).isEqualTo("Paris 18e");
        assertThat(PlaceCatalogue.label("Lyon", "69123", "69001")).isEqualTo("Lyon 1er");
        assertThat(PlaceCatalogue.label("Paris", "75056", "75116")).isEqualTo("Paris 16e");
        assertThat(PlaceCatalogue.label("Bron", "69029", "69500")).isEqualTo("Bron");
    }

    @Test
    void templatesParseFromTheirTextFormat() {
        var parsed = MissionTemplates.parse(List.of("# comment", "## 7", "= Je distribue des repas",
                "activities 1 28", "rhythm RECURRING HALF_DAY WEEK", "places 2 9", "minors yes", "remote yes",
                "pitch recherche des bénévoles", "context Chaque soir.", "task Préparer", "task Distribuer",
                "prerequisites"));
        var t = parsed.get(7).get(0);
        assertThat(t.activities()).containsExactly(1, 28);
        assertThat(t.duration()).hasToString("HALF_DAY");
        assertThat(t.maxPlaces()).isEqualTo(9);
        assertThat(t.minors()).isTrue();
        assertThat(t.remote()).isEqualTo(MissionTemplates.Remote.YES);
        assertThat(t.prerequisites()).isNull();
        assertThat(t.tasks()).containsExactly("Préparer", "Distribuer");
    }

    @Test
    void textIsEscapedButApostrophesStayReadable() {
        assertThat(MissionText.escape("Café & <b>l'été</b>")).isEqualTo("Café &amp; &lt;b&gt;l'été&lt;/b&gt;");
    }
}
