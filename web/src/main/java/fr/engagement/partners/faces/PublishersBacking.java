package fr.engagement.partners.faces;

import fr.engagement.partners.boundary.PublisherDraft;
import fr.engagement.partners.boundary.Publishers;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * Administrators add partner platforms and renew their API keys. A key is shown once, in the message after the
 * redirect: only its hash is kept.
 */
@Named
@RequestScoped
public class PublishersBacking {

    static final List<String> MISSION_TYPES = List.of("benevolat", "volontariat_service_civique",
            "volontariat_sapeurs_pompiers", "volontariat_reserve_operationnelle");

    private static final Map<String, String> MISSION_TYPE_LABELS = Map.of(
            "benevolat", "Bénévolat",
            "volontariat_service_civique", "Volontariat (Service Civique)",
            "volontariat_sapeurs_pompiers", "Volontariat (sapeurs-pompiers)",
            "volontariat_reserve_operationnelle", "Réserve opérationnelle");

    @Inject
    Publishers publishers;

    private final PublisherDraft draft = new PublisherDraft();
    private List<Publisher> all;
    private List<Publisher> announcers;

    public String create() {
        Publishers.WithKey created = publishers.create(draft);
        return Pages.redirect("/admin/partenaires.xhtml", keyMessage("Partenaire « " + created.publisher().getName()
                + " » ajouté.", created.apiKey()));
    }

    public String renew(String id) {
        Publishers.WithKey renewed = publishers.renewKey(id);
        return Pages.redirect("/admin/partenaires.xhtml", keyMessage("Nouvelle clé pour « "
                + renewed.publisher().getName() + " » : l'ancienne ne fonctionne plus.", renewed.apiKey()));
    }

    private static String keyMessage(String what, String key) {
        return what + " Sa clé d'API est " + key + " — copiez-la maintenant : elle ne sera plus jamais affichée.";
    }

    public String roles(Publisher p) {
        StringBuilder roles = new StringBuilder();
        if (p.isPlatform()) {
            roles.append("plateforme, ");
        }
        if (p.isAnnonceur()) {
            roles.append("annonceur, ");
        }
        if (p.isDiffuseur()) {
            roles.append("diffuseur, ");
        }
        return roles.isEmpty() ? "aucun" : roles.substring(0, roles.length() - 2);
    }

    public PublisherDraft getDraft() {
        return draft;
    }

    /** The French name of a mission type; the peer's code is what the API and the feeds carry. */
    public String missionTypeLabel(String type) {
        return MISSION_TYPE_LABELS.getOrDefault(type, type);
    }

    public List<String> getMissionTypes() {
        return MISSION_TYPES;
    }

    /** The announcers a broadcaster may diffuse, the partner being changed left out: its own missions need no rule. */
    public List<Publisher> announcersFor(String selfId) {
        if (announcers == null) {
            announcers = publishers.announcers();
        }
        return announcers.stream().filter(a -> !a.getId().equals(selfId)).toList();
    }

    /** Read when first needed: on a postback the rows must be there to decode the button pressed in them. */
    public List<Publisher> getPublishers() {
        if (all == null) {
            all = publishers.all();
        }
        return all;
    }
}
