package fr.engagement.partners.faces;

import fr.engagement.partners.boundary.PublisherDraft;
import fr.engagement.partners.boundary.Publishers;
import fr.engagement.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/**
 * Administrators change a partner: the form of its creation, filled from it (parameter {@code id}, sent back by the
 * form so that a postback fills the same partner before the submitted values land on it). PRG after saving, and
 * after deleting it.
 */
@Named
@RequestScoped
public class PublisherEditBacking {

    @Inject
    Publishers publishers;

    @Inject
    @Param(name = "id")
    String id;

    private PublisherDraft draft;
    private String name;

    /** The view action: an unknown or deleted partner answers 404 before anything is rendered. */
    public void load() {
        getDraft();
    }

    public String save() {
        var saved = publishers.update(id, getDraft());
        return Pages.redirect("/admin/partenaires.xhtml", "Partenaire « " + saved.getName() + " » enregistré.");
    }

    public String delete() {
        Publishers.Deleted deleted = publishers.delete(id);
        return Pages.redirect("/admin/partenaires.xhtml", "Partenaire « " + deleted.name() + " » supprimé : "
                + deleted.missions() + " mission(s) retirée(s) du catalogue, " + deleted.rules()
                + " règle(s) de diffusion supprimée(s). Sa clé d'API ne fonctionne plus.");
    }

    public PublisherDraft getDraft() {
        if (draft == null) {
            draft = publishers.draftOf(id);
            name = draft.getName();
        }
        return draft;
    }

    /** The name as stored, for the title: the field may hold the one being typed. */
    public String getName() {
        getDraft();
        return name;
    }

    public String getId() {
        return id;
    }
}
