package fr.engagement.partners.faces;

import fr.engagement.partners.boundary.PartnerSpace;
import fr.engagement.partners.boundary.Publishers;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;
import java.util.List;

/**
 * The partner space: one of the account's publishers (parameter {@code partenaire}, the first by default), and one
 * of its imports with its refused missions (parameter {@code import}). The forms send {@code partenaire} back, so a
 * postback reads the same publisher before it decodes the buttons. Actions answer with a redirect (PRG); the API key
 * is shown once, in the message after it.
 */
@Named
@RequestScoped
public class PartnerSpaceBacking {

    static final int MAX_REFUSALS = 500;

    @Inject
    PartnerSpace space;

    @Inject
    @Param(name = "partenaire")
    String publisherId;

    @Inject
    @Param(name = "import")
    Long importId;

    private PartnerSpace.Overview overview;
    private FeedImport selected;
    private List<FeedImportRefusal> refusals = List.of();

    /** The view action: the scope check happens here, before anything is rendered. */
    public void load() {
        getOverview();
        if (importId != null) {
            space.feedImport(publisherId, importId, MAX_REFUSALS).ifPresent(detail -> {
                selected = detail.feedImport();
                refusals = detail.refusals();
            });
        }
    }

    public String startImport() {
        getOverview();
        long started = space.startImport(publisherId);
        return Pages.redirect(page() + "&import=" + started, "Import n° " + started
                + " lancé : cette page montre son résultat quand vous la rechargez.");
    }

    public String renewKey() {
        getOverview();
        Publishers.WithKey renewed = space.renewKey(publisherId);
        return Pages.redirect(page(), "Votre nouvelle clé d'API est " + renewed.apiKey()
                + " — copiez-la maintenant : elle ne sera plus jamais affichée. L'ancienne ne fonctionne plus.");
    }

    private String page() {
        return "/partenaire/index.xhtml?partenaire=" + publisherId;
    }

    public PartnerSpace.Overview getOverview() {
        if (overview == null) {
            overview = space.overview(publisherId);
            publisherId = overview.publisher().getId();
        }
        return overview;
    }

    public FeedImport getSelected() {
        return selected;
    }

    public List<FeedImportRefusal> getRefusals() {
        return refusals;
    }

    /** The chart of one direction's activity over the period shown. */
    public ActivityChart chart(PartnerSpace.Activity activity) {
        return ActivityChart.of(activity, getOverview().since(), PartnerSpace.ACTIVITY_DAYS);
    }

    public int getActivityDays() {
        return PartnerSpace.ACTIVITY_DAYS;
    }
}
