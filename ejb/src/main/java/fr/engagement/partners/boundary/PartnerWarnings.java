package fr.engagement.partners.boundary;

import fr.engagement.partners.boundary.PartnerSpace.Activity;
import fr.engagement.partners.boundary.PartnerSpace.Day;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.Publisher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The peer's partner warnings (its 3-hourly job, shown on the dashboard), computed when the space is read from what it
 * already loads, so that a warning goes away as soon as its cause does:
 * <ul>
 * <li>ERROR_WARNING: the last import of the feed failed;</li>
 * <li>EMPTY_WARNING: an announcer with no mission in the catalogue;</li>
 * <li>VALIDATION_WARNING: more than three quarters of its missions refused by the review rules;</li>
 * <li>TRACKING_WARNING: an announcer whose missions got 70 redirections or more in 14 days and no application, which
 * usually means that jstag.js or /v2/activity is not set up.</li>
 * </ul>
 */
public final class PartnerWarnings {

    static final int TRACKING_DAYS = 14;
    static final int TRACKING_MIN_CLICKS = 70;

    /** A warning: the peer's type, a title and what to do, in French. */
    public record Warning(String type, String title, String description) {}

    private PartnerWarnings() {}

    static List<Warning> of(Publisher p, AnnouncerMissions.Counts missions, List<FeedImport> imports,
            Activity received, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        if (!p.isAnnonceur()) {
            return warnings;
        }
        Optional<FeedImport> last = imports.stream().filter(i -> i.getStatus() != FeedImport.Status.RUNNING)
                .findFirst();
        if (p.getFeedUrl() != null && last.filter(i -> i.getStatus() == FeedImport.Status.FAILED).isPresent()) {
            String error = last.get().getError();
            warnings.add(new Warning("ERROR_WARNING", "Votre flux est en erreur",
                    "Le flux XML n'est pas valable, il renvoie une erreur." + (error == null || error.isBlank() ? ""
                            : " Dernier import : « " + error + " ».")));
        }
        if (missions.missions() == 0) {
            warnings.add(new Warning("EMPTY_WARNING", "Aucune mission",
                    "Vous n'avez aucune mission dans le catalogue : vérifiez votre flux XML ou vos envois par l'API v2."));
        } else if (missions.refused() * 4 > missions.missions() * 3) {
            warnings.add(new Warning("VALIDATION_WARNING", "Missions refusées",
                    Math.round(100.0 * missions.refused() / missions.missions())
                            + "% des missions sont refusées par l'API. " + (p.getFeedUrl() == null
                                    ? "Chaque mission refusée porte sa raison (statusComment) dans les réponses de"
                                            + " l'API v2 et dans GET /v0/mymission."
                                    : "Les raisons sont dans vos derniers imports, ci-dessous.")));
        }
        LocalDate since = today.minusDays(TRACKING_DAYS - 1L);
        long clicks = 0;
        long applies = 0;
        for (Day d : received.days()) {
            if (!d.day().isBefore(since)) {
                clicks += d.clicks();
                applies += d.applies();
            }
        }
        if (clicks >= TRACKING_MIN_CLICKS && applies == 0) {
            warnings.add(new Warning("TRACKING_WARNING", "Aucune candidature suivie",
                    clicks + " redirections vers vos missions en " + TRACKING_DAYS + " jours et aucune candidature"
                            + " enregistrée : vérifiez l'installation de jstag.js sur votre site ou vos appels à"
                            + " /v2/activity."));
        }
        return warnings;
    }
}
