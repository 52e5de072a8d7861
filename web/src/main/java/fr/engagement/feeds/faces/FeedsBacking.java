package fr.engagement.feeds.faces;

import fr.engagement.feeds.boundary.FeedImports;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.platform.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Admins see each announcer's feed and last import, start an import, and read an import's refused missions. */
@Named
@RequestScoped
public class FeedsBacking {

    static final int MAX_REFUSALS = 500;

    @Inject
    FeedImports imports;

    private Long id;
    private List<FeedImports.Overview> feeds;
    private FeedImport selected;
    private List<FeedImportRefusal> refusals = List.of();

    public void load() {
        selected = id == null ? null : imports.find(id).orElse(null);
        if (selected != null) {
            refusals = imports.refusals(selected.getId(), MAX_REFUSALS);
        }
    }

    public String start(String publisherId) {
        long started = imports.start(publisherId, FeedImport.Trigger.ADMIN);
        return Pages.redirect("/admin/flux.xhtml?id=" + started, "Import n° " + started + " lancé.");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** Read when first needed: on a postback the rows must be there to decode the button pressed in them. */
    public List<FeedImports.Overview> getFeeds() {
        if (feeds == null) {
            feeds = imports.overview();
        }
        return feeds;
    }

    public FeedImport getSelected() {
        return selected;
    }

    public List<FeedImportRefusal> getRefusals() {
        return refusals;
    }
}
