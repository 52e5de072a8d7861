package fr.engagement.tracking.control;

import fr.engagement.partners.entity.StatEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

/**
 * Flags a visitor's events as a robot's, or clears the flags, with the daily counts moved to match, in the caller's
 * transaction. Only the events read are changed (by id): one that arrives meanwhile keeps its flag and its count,
 * consistent, until the next watch.
 */
@Dependent
public class BotFlags {

    private static final int IDS_PER_UPDATE = 1000;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    EventWriter writer;

    /** The number of events changed; {@code since} null for all of them (on ix_stat_event_user). */
    public int flag(String userHash, boolean bot, Instant since) {
        TypedQuery<StatEvent> query = em.createQuery("SELECT e FROM StatEvent e WHERE e.userHash = :user"
                + " AND e.bot = :was" + (since == null ? "" : " AND e.createdAt >= :since"), StatEvent.class)
                .setParameter("user", userHash).setParameter("was", !bot);
        if (since != null) {
            query.setParameter("since", since);
        }
        List<StatEvent> events = query.getResultList();
        if (events.isEmpty()) {
            return 0;
        }
        writer.recount(events, bot ? -1 : 1);
        List<String> ids = events.stream().map(StatEvent::getId).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_UPDATE) {
            em.createQuery("UPDATE StatEvent e SET e.bot = :bot WHERE e.id IN :ids").setParameter("bot", bot)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_UPDATE)))
                    .executeUpdate();
        }
        return events.size();
    }
}
