package fr.engagement.partners.rest;

import fr.engagement.partners.entity.Publisher;
import jakarta.enterprise.context.RequestScoped;

/** The publisher whose API key authenticated the current request; set by {@link ApiKeyFilter}. */
@RequestScoped
public class CallingPublisher {

    private Publisher publisher;

    void set(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Never null inside a resource method: the filter answers 401 before any resource runs. */
    public Publisher get() {
        if (publisher == null) {
            throw new IllegalStateException("No calling publisher: is ApiKeyFilter registered on this application?");
        }
        return publisher;
    }

    public String id() {
        return get().getId();
    }
}
