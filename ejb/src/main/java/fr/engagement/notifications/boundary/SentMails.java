package fr.engagement.notifications.boundary;

import fr.engagement.notifications.entity.OutboxMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The outbox as admins see it: what was sent or is waiting, newest first. */
@Stateless
@RolesAllowed("ADMIN")
public class SentMails {

    @PersistenceContext
    EntityManager em;

    public List<OutboxMail> latest(int first, int max) {
        return em.createQuery("SELECT m FROM OutboxMail m ORDER BY m.id DESC", OutboxMail.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMail m", Long.class).getSingleResult();
    }

    public OutboxMail get(long id) {
        return em.find(OutboxMail.class, id);
    }
}
