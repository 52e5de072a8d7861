package fr.engagement.tracking.control;

import fr.engagement.partners.entity.StatEvent;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The transactions of the redirects, each its own and short: the caller (which runs without one) answers the
 * visitor whatever happens here, so a database hiccup loses an event, never a visitor.
 */
@Stateless
public class EventStore {

    @Inject
    EventWriter writer;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /** Events of several visitors in a transaction of their own, whatever the caller runs in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAll(List<StatEvent> events) {
        writer.recordAll(events);
    }

    /** Marks the click human; false when it does not exist. */
    public boolean confirmHuman(String clickId, Instant now) {
        StatEvent click = em.find(StatEvent.class, clickId);
        if (click == null || !StatEvent.CLICK.equals(click.getType())) {
            return false;
        }
        click.confirmHuman(now);
        return true;
    }
}
