package fr.engagement.tracking.faces;

import fr.engagement.platform.faces.Pages;
import fr.engagement.tracking.boundary.Bots;
import fr.engagement.tracking.boundary.Bots.Listed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admins see the robots the watch suspects and block or unblock them (/admin/robots.xhtml). */
@Named
@RequestScoped
public class BotsBacking {

    private static final String PAGE = "/admin/robots.xhtml";

    @Inject
    Bots bots;

    private List<Listed> suspects;
    private List<Listed> blocked;

    public String block(String userHash) {
        int flagged = bots.block(userHash);
        return Pages.redirect(PAGE, "Visiteur bloqué : " + flagged
                + " événement(s) retiré(s) des statistiques des partenaires.");
    }

    public String unblock(String userHash) {
        int restored = bots.unblock(userHash);
        return Pages.redirect(PAGE, "Visiteur débloqué : " + restored
                + " événement(s) remis dans les statistiques des partenaires.");
    }

    public String watchNow() {
        int seen = bots.watchNow();
        return Pages.redirect(PAGE, "Détection terminée : " + seen + " visiteur(s) suspect(s) sur les dernières 24 heures.");
    }

    /** Read when first needed: on a postback the rows must be there to decode the button pressed in them. */
    public List<Listed> getSuspects() {
        if (suspects == null) {
            suspects = bots.suspects();
        }
        return suspects;
    }

    public List<Listed> getBlocked() {
        if (blocked == null) {
            blocked = bots.blockedOnes();
        }
        return blocked;
    }
}
