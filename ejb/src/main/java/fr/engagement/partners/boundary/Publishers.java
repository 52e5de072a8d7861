package fr.engagement.partners.boundary;

import fr.engagement.partners.entity.ApiKeys;
import fr.engagement.partners.entity.Publisher;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Publishers of the exchange: who calls the API, and their keys. */
@Stateless
public class Publishers {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /**
     * The live publisher holding this API key; empty for an unknown key or a deleted publisher (the peer lets a
     * deleted publisher's key in; we do not).
     */
    public Optional<Publisher> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(Publisher.BY_KEY_HASH, Publisher.class)
                .setParameter("hash", ApiKeys.hash(apiKey))
                .getResultStream()
                .findFirst();
    }

    public Optional<Publisher> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Publisher.class, id));
    }
}
