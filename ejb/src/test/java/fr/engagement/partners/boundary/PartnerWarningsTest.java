package fr.engagement.partners.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.boundary.PartnerSpace.Activity;
import fr.engagement.partners.boundary.PartnerSpace.Day;
import fr.engagement.partners.boundary.PartnerWarnings.Warning;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.Publisher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerWarningsTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final Activity NONE = new Activity(List.of(), new Day(null, 0, 0, 0, 0));

    private static Publisher announcer(String feed) {
        Publisher p = new Publisher("Annonceur", NOW);
        p.setAnnouncer(true, "benevolat");
        p.setFeed(feed, null, null);
        return p;
    }

    private static List<String> types(List<Warning> warnings) {
        return warnings.stream().map(Warning::type).toList();
    }

    @Test
    void aHealthyAnnouncerHasNoWarning() {
        FeedImport ok = new FeedImport("p", FeedImport.Trigger.SCHEDULE, NOW);
        ok.succeed(0, 10, 1, NOW);
        assertThat(PartnerWarnings.of(announcer("https://flux.example.org/f.xml"), new AnnouncerMissions.Counts(10, 1),
                List.of(ok), NONE, TODAY)).isEmpty();
    }

    @Test
    void aFailedLastImportAnEmptyCatalogueAndTooManyRefusals() {
        FeedImport failed = new FeedImport("p", FeedImport.Trigger.SCHEDULE, NOW);
        failed.fail("404 - Not Found", 0, 0, NOW);
        List<Warning> empty = PartnerWarnings.of(announcer("https://flux.example.org/f.xml"),
                new AnnouncerMissions.Counts(0, 0), List.of(failed), NONE, TODAY);
        assertThat(types(empty)).containsExactly("ERROR_WARNING", "EMPTY_WARNING");
        assertThat(empty.get(0).description()).isEqualTo("Le flux XML n'est pas valable, il renvoie une erreur."
                + " Dernier import : « 404 - Not Found ».");
        List<Warning> refused = PartnerWarnings.of(announcer(null), new AnnouncerMissions.Counts(20, 16), List.of(),
                NONE, TODAY);
        assertThat(types(refused)).containsExactly("VALIDATION_WARNING");
        assertThat(refused.get(0).description()).isEqualTo("80% des missions sont refusées par l'API. Chaque mission"
                + " refusée porte sa raison (statusComment) dans les réponses de l'API v2 et dans GET /v0/mymission.");
        assertThat(PartnerWarnings.of(announcer(null), new AnnouncerMissions.Counts(4, 3), List.of(), NONE, TODAY))
                .as("exactly three quarters is not more than three quarters").isEmpty();
    }

    @Test
    void clicksWithoutAnyApplicationOverFourteenDays() {
        Activity clicked = new Activity(List.of(new Day(TODAY, 0, 40, 0, 0), new Day(TODAY.minusDays(13), 0, 30, 0, 0),
                new Day(TODAY.minusDays(14), 0, 500, 0, 0)), new Day(null, 0, 570, 0, 0));
        List<Warning> warnings = PartnerWarnings.of(announcer(null), new AnnouncerMissions.Counts(5, 0), List.of(),
                clicked, TODAY);
        assertThat(types(warnings)).containsExactly("TRACKING_WARNING");
        assertThat(warnings.get(0).description()).startsWith("70 redirections vers vos missions en 14 jours");
        Activity applied = new Activity(List.of(new Day(TODAY, 0, 70, 0, 1)), new Day(null, 0, 70, 0, 1));
        assertThat(PartnerWarnings.of(announcer(null), new AnnouncerMissions.Counts(5, 0), List.of(), applied, TODAY))
                .isEmpty();
        Publisher broadcaster = new Publisher("Diffuseur", NOW);
        assertThat(PartnerWarnings.of(broadcaster, new AnnouncerMissions.Counts(0, 0), List.of(), clicked, TODAY))
                .as("only announcers are warned").isEmpty();
    }
}
