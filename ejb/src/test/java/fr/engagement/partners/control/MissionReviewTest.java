package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MissionReviewTest {

    static final MissionReview REVIEW = new MissionReview(Set.of("environnement", "sante", "memoire-et-citoyennete"));

    /** A mission that passes every rule. */
    static MissionReview.Subject valid() {
        return new MissionReview.Subject("Planter des arbres", "c1", "Une description", "https://x.org/apply",
                List.of("FR"), "no", 1, "environnement", "Mon asso", 10.0, 20.0, "hour", "gross");
    }

    record Case(String name, UnaryOperator<MissionReview.Subject> change, String comment) {
        @Override
        public String toString() {
            return name;
        }
    }

    static MissionReview.Subject with(MissionReview.Subject s, String title, String clientId, String description,
            String url, List<String> countries, String remote, Integer places, String domain, String org,
            Double amount, Double max, String unit, String type) {
        return new MissionReview.Subject(title, clientId, description, url, countries, remote, places, domain, org,
                amount, max, unit, type);
    }

    static List<Case> rules() {
        return List.of(
            new Case("1 null title", s -> t(s, null), "Titre manquant"),
            new Case("1 blank title", s -> t(s, " "), "Titre manquant"),
            new Case("2 encoded title", s -> t(s, "Aide &#233;t&#233;"), "Problème d'encodage dans le titre"),
            new Case("3 one word", s -> t(s, "Bénévolat"), "Le titre est trop court (1 seul mot)"),
            new Case("4 no clientId", s -> with(s, s.title(), null, s.description(), s.applicationUrl(),
                    s.countries(), s.remote(), s.places(), s.domain(), s.organizationName(), s.compensationAmount(),
                    s.compensationAmountMax(), s.compensationUnit(), s.compensationType()), "ClientId manquant"),
            new Case("5 no description", s -> d(s, null), "Description manquante"),
            new Case("5 blank description", s -> d(s, "  "), "Description manquante"),
            new Case("6 encoded description", s -> d(s, "caf&#233;"), "Problème d'encodage dans la description"),
            new Case("7 long description", s -> d(s, "x".repeat(20_001)),
                    "La description est trop longue (plus de 20000 caractères)"),
            new Case("8 no url", s -> with(s, s.title(), s.clientId(), s.description(), null, s.countries(),
                    s.remote(), s.places(), s.domain(), s.organizationName(), s.compensationAmount(),
                    s.compensationAmountMax(), s.compensationUnit(), s.compensationType()),
                    "URL de candidature manquant"),
            new Case("9 country", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    List.of("FR", "France"), s.remote(), s.places(), s.domain(), s.organizationName(),
                    s.compensationAmount(), s.compensationAmountMax(), s.compensationUnit(), s.compensationType()),
                    "Pays non valide : \"France\""),
            new Case("10 remote", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    s.countries(), "sometimes", s.places(), s.domain(), s.organizationName(),
                    s.compensationAmount(), s.compensationAmountMax(), s.compensationUnit(), s.compensationType()),
                    "Valeur remote non valide (no, possible, full ou local)"),
            new Case("11 zero places", s -> p(s, 0), "Nombre de places invalide (doit être supérieur à 0)"),
            new Case("11 negative places", s -> p(s, -3), "Nombre de places invalide (doit être supérieur à 0)"),
            new Case("12 domain", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    s.countries(), s.remote(), s.places(), "mémoire et citoyenneté", s.organizationName(),
                    s.compensationAmount(), s.compensationAmountMax(), s.compensationUnit(), s.compensationType()),
                    "Domaine non valide : \"mémoire et citoyenneté\""),
            new Case("13 org name", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    s.countries(), s.remote(), s.places(), s.domain(), "Caf&#233;", s.compensationAmount(),
                    s.compensationAmountMax(), s.compensationUnit(), s.compensationType()),
                    "Problème d'encodage dans le nom de l'organisation"),
            new Case("14 amount", s -> c(s, -10.0, null), "Montant de la compensation invalide (nombre positif attendu)"),
            new Case("15 max", s -> c(s, null, -1.0),
                    "Montant maximum de la compensation invalide (nombre positif attendu)"),
            new Case("16 max below min", s -> c(s, 20.0, 10.0),
                    "Le montant maximum de la compensation doit être supérieur ou égal au montant minimum"),
            new Case("17 unit", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    s.countries(), s.remote(), s.places(), s.domain(), s.organizationName(), s.compensationAmount(),
                    s.compensationAmountMax(), "week", s.compensationType()),
                    "Unité de compensation invalide (hour, day, month, year)"),
            new Case("18 type", s -> with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(),
                    s.countries(), s.remote(), s.places(), s.domain(), s.organizationName(), s.compensationAmount(),
                    s.compensationAmountMax(), s.compensationUnit(), "brut"), "Type de compensation invalide (gross, net)"));
    }

    static MissionReview.Subject t(MissionReview.Subject s, String title) {
        return with(s, title, s.clientId(), s.description(), s.applicationUrl(), s.countries(), s.remote(),
                s.places(), s.domain(), s.organizationName(), s.compensationAmount(), s.compensationAmountMax(),
                s.compensationUnit(), s.compensationType());
    }

    static MissionReview.Subject d(MissionReview.Subject s, String description) {
        return with(s, s.title(), s.clientId(), description, s.applicationUrl(), s.countries(), s.remote(),
                s.places(), s.domain(), s.organizationName(), s.compensationAmount(), s.compensationAmountMax(),
                s.compensationUnit(), s.compensationType());
    }

    static MissionReview.Subject p(MissionReview.Subject s, Integer places) {
        return with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(), s.countries(), s.remote(),
                places, s.domain(), s.organizationName(), s.compensationAmount(), s.compensationAmountMax(),
                s.compensationUnit(), s.compensationType());
    }

    static MissionReview.Subject c(MissionReview.Subject s, Double amount, Double max) {
        return with(s, s.title(), s.clientId(), s.description(), s.applicationUrl(), s.countries(), s.remote(),
                s.places(), s.domain(), s.organizationName(), amount, max, s.compensationUnit(),
                s.compensationType());
    }

    @Test
    void aValidMissionIsAccepted() {
        assertThat(REVIEW.refusal(valid())).isNull();
    }

    @Test
    void optionalValuesMayBeAbsent() {
        assertThat(REVIEW.refusal(new MissionReview.Subject("Deux mots", "c", "d", "u", List.of(), null, null, null,
                null, null, null, null, null))).isNull();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachRuleRefusesWithTheExactComment(Case rule) {
        assertThat(REVIEW.refusal(rule.change().apply(valid()))).isEqualTo(rule.comment());
    }

    /** Each rule against every later one broken at the same time: the earlier rule wins. */
    @Test
    void theFirstFailingRuleWins() {
        List<Case> rules = rules();
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                Case first = rules.get(i);
                Case later = rules.get(j);
                if (first.name().substring(0, 2).equals(later.name().substring(0, 2))) {
                    continue;
                }
                MissionReview.Subject both = first.change().apply(later.change().apply(valid()));
                assertThat(REVIEW.refusal(both)).as(first + " before " + later).isEqualTo(first.comment());
            }
        }
    }

    @Test
    void memoireEtCitoyenneteIsNormalisedBeforeTheReview() {
        assertThat(MissionPreparation.domain("Mémoire et Citoyenneté")).isEqualTo("memoire-et-citoyennete");
        assertThat(MissionPreparation.domain("mémoire et citoyenneté")).isEqualTo("memoire-et-citoyennete");
        assertThat(MissionPreparation.domain("sante")).isEqualTo("sante");
    }
}
