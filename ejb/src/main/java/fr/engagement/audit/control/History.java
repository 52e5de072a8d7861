package fr.engagement.audit.control;

import fr.engagement.audit.entity.StatusChange;
import fr.engagement.audit.entity.SubjectType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads an object's history; the calling boundary has checked that the caller may see the object. */
@ApplicationScoped
public class History {

    @PersistenceContext
    EntityManager em;

    public List<StatusChange> of(SubjectType type, long id) {
        return em.createNamedQuery(StatusChange.OF_SUBJECT, StatusChange.class)
                .setParameter("type", type).setParameter("id", id).getResultList();
    }
}
