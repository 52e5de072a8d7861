package fr.engagement.feeds.faces;

import fr.engagement.partners.entity.FeedImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How an import's state reads on the admin's and the partner's pages: a French word and a badge colour. */
@Named
@ApplicationScoped
public class ImportStatus {

    public String label(FeedImport i) {
        return i == null ? "Jamais importé" : switch (i.getStatus()) {
            case SUCCESS -> "Réussi";
            case FAILED -> "Échec";
            case RUNNING -> "En cours";
        };
    }

    public String severity(FeedImport i) {
        return i == null ? "" : switch (i.getStatus()) {
            case SUCCESS -> "success";
            case FAILED -> "error";
            case RUNNING -> "info";
        };
    }
}
