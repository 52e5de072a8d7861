package fr.engagement.partners.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The peer's domain and activity whitelists (tables partner_domain and partner_activity, fixed by migration), read
 * once and kept: the review and the activity mapping run for every mission of an import.
 */
@Singleton
@Lock(LockType.READ)
public class PartnerTaxonomy {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    private volatile MissionReview review;
    private volatile Activities activities;

    public MissionReview review() {
        if (review == null) {
            load();
        }
        return review;
    }

    public Activities activities() {
        if (activities == null) {
            load();
        }
        return activities;
    }

    @SuppressWarnings("unchecked")
    private synchronized void load() {
        if (review != null && activities != null) {
            return;
        }
        Set<String> domains = new HashSet<>(em.createNativeQuery("SELECT slug FROM partner_domain").getResultList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT slug, label FROM partner_activity")
                .getResultList()) {
            labels.put((String) row[0], (String) row[1]);
        }
        activities = new Activities(labels);
        review = new MissionReview(domains);
    }
}
