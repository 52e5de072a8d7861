package fr.engagement.feeds.control;

import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.platform.entity.BusinessException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The import history rows (feed_import and its refusals) as an import goes: opened under a lock on the publisher so
 * that two instances never import the same publisher at once, counters added in each chunk's transaction (a screen
 * sees them grow), closed as succeeded or failed.
 */
@Stateless
public class FeedImportLedger {

    /** An import of that publisher is already running (or, for the schedule, ran moments ago). */
    public static class ImportRunning extends BusinessException {
        private static final long serialVersionUID = 1L;

        public ImportRunning(long id) {
            super("Un import de ce partenaire est déjà en cours (n° " + id + ").");
            this.id = id;
        }

        private final long id;

        public long importId() {
            return id;
        }
    }

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /**
     * Opens an import. Refused while an import of the publisher younger than {@code runningGuard} is RUNNING (an
     * older one is taken for dead: its instance stopped), or, when {@code minInterval} is given (the schedule), when
     * any import of the publisher started less than that ago — another instance's timer already did it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long open(String publisherId, FeedImport.Trigger trigger, Instant now, Duration runningGuard,
            Duration minInterval) {
        em.find(Publisher.class, publisherId, LockModeType.PESSIMISTIC_WRITE);
        List<FeedImport> recent = em.createNamedQuery(FeedImport.OF_PUBLISHER, FeedImport.class)
                .setParameter("publisher", publisherId).setMaxResults(5).getResultList();
        for (FeedImport i : recent) {
            boolean running = i.getStatus() == FeedImport.Status.RUNNING
                    && i.getStartedAt().isAfter(now.minus(runningGuard));
            boolean tooSoon = minInterval != null && i.getStartedAt().isAfter(now.minus(minInterval));
            if (running || tooSoon) {
                throw new ImportRunning(i.getId());
            }
        }
        FeedImport i = new FeedImport(publisherId, trigger, now.truncatedTo(ChronoUnit.MILLIS));
        em.persist(i);
        em.flush();
        return i.getId();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void attach(long importId, long executionId) {
        em.find(FeedImport.class, importId).attachExecution(executionId);
    }

    public FeedImport find(long importId) {
        return em.find(FeedImport.class, importId);
    }

    /** In the chunk's transaction: the chunk's counts and its refused missions. */
    public void progress(long importId, int received, int created, int updated, int unchanged,
            List<FeedImportRefusal> refusals) {
        em.find(FeedImport.class, importId).progress(received, created, updated, unchanged);
        refusals.forEach(em::persist);
    }

    public void succeed(long importId, int deleted, int missionCount, int refusedCount, Instant now) {
        em.find(FeedImport.class, importId).succeed(deleted, missionCount, refusedCount, now);
    }

    /**
     * Deletes the refused-mission lists of the publisher's imports older than its last {@code kept}: a list holds
     * every refused mission of a feed, four imports a day, and only the recent ones are worth reading.
     */
    public int pruneRefusals(String publisherId, int kept) {
        return em.createNativeQuery("DELETE r FROM feed_import_refusal r JOIN feed_import i ON i.id = r.import_id"
                + " WHERE i.publisher_id = ?1 AND i.id NOT IN (SELECT id FROM (SELECT id FROM feed_import"
                + " WHERE publisher_id = ?1 ORDER BY id DESC LIMIT ?2) latest)")
                .setParameter(1, publisherId).setParameter(2, Math.max(1, kept)).executeUpdate();
    }

    /** Closes a running import as failed (nothing deleted); an import already closed is left as it is. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fail(long importId, String error, int missionCount, int refusedCount, Instant now) {
        FeedImport i = em.find(FeedImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (i != null && i.getStatus() == FeedImport.Status.RUNNING) {
            i.fail(error, missionCount, refusedCount, now);
        }
    }
}
