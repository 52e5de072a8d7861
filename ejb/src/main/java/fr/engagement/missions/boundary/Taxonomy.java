package fr.engagement.missions.boundary;

import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.Domain;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The bénévolat taxonomy that classifies missions: domains and activities, for forms, filters and imports. */
@Stateless
public class Taxonomy {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /** The domains offered to people: active ones, by name. */
    public List<Domain> domains() {
        return List.copyOf(em.createNamedQuery(Domain.ACTIVE, Domain.class).getResultList());
    }

    /** By name. */
    public List<Activity> activities() {
        return List.copyOf(em.createNamedQuery(Activity.ALL, Activity.class).getResultList());
    }

    /** The activities of a domain, by name; empty for an unknown domain. */
    public List<Activity> activitiesOfDomain(int domainId) {
        return List.copyOf(em.createNamedQuery(Activity.OF_DOMAIN, Activity.class)
                .setParameter("domainId", domainId)
                .getResultList());
    }

    /** Any domain, inactive ones included: old missions still reference them. */
    public Optional<Domain> domain(int id) {
        return Optional.ofNullable(em.find(Domain.class, id));
    }

    public Optional<Activity> activity(int id) {
        return Optional.ofNullable(em.find(Activity.class, id));
    }
}
