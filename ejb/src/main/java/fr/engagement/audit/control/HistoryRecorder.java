package fr.engagement.audit.control;

import fr.engagement.audit.entity.StatusChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Writes one history line per status change. */
@ApplicationScoped
public class HistoryRecorder {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void record(@Observes StatusChanged change) {
        em.persist(new StatusChange(change.type(), change.subjectId(),
                change.from() == null ? null : change.from().name(), change.to().name(),
                change.actor().accountId(), change.actor().name(), change.comment(), clock.instant()));
    }
}
