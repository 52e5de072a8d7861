package fr.engagement.feeds.boundary;

import fr.engagement.feeds.control.FeedImportLedger;
import fr.engagement.partners.boundary.AnnouncerMissions;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Feed imports: started on demand (admin page, partner API) or by the schedule, and read by the screens and the API.
 * An import of a publisher is never started while another one runs (across the instances of a cluster: the check
 * holds a lock on the publisher's row).
 */
@Stateless
public class FeedImports {

    /** A RUNNING import older than this is taken for dead (its instance stopped): a new one may start. */
    static final Duration RUNNING_GUARD = Duration.ofHours(1);
    /** The schedule skips a publisher imported less than this ago (another instance's timer did it). */
    static final Duration SCHEDULE_INTERVAL = Duration.ofMinutes(30);

    private static final Logger LOG = Logger.getLogger(FeedImports.class.getName());

    /** An announcer with a feed and its last import (null if never imported). */
    public record Overview(Publisher publisher, FeedImport last) {}

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    FeedImportLedger ledger;

    @Inject
    AnnouncerMissions catalogue;

    @Inject
    FeedSettings settings;

    @Inject
    Clock clock;

    /**
     * Starts the import of a publisher's feed and answers its id at once; the job runs in the background.
     * @throws NotFoundException for an unknown or deleted publisher
     * @throws BusinessException when the publisher has no feed
     * @throws FeedImportLedger.ImportRunning while one of its imports runs
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(String publisherId, FeedImport.Trigger trigger) {
        Publisher p = publisherId == null ? null : em.find(Publisher.class, publisherId);
        if (p == null || p.isDeleted()) {
            throw new NotFoundException("Partenaire inconnu.");
        }
        if (p.getFeedUrl() == null || p.getFeedUrl().isBlank()) {
            throw new BusinessException("Ce partenaire n'a pas de flux XML.");
        }
        long id = ledger.open(publisherId, trigger, clock.instant(), RUNNING_GUARD,
                trigger == FeedImport.Trigger.SCHEDULE ? SCHEDULE_INTERVAL : null);
        try {
            long execution = BatchRuntime.getJobOperator().start(ImportJob.NAME,
                    ImportJob.parameters(id, settings.chunkSize()));
            ledger.attach(id, execution);
        } catch (RuntimeException e) {
            var counts = catalogue.counts(publisherId);
            ledger.fail(id, "500 - Import could not start: " + e.getMessage(), counts.missions(), counts.refused(),
                    clock.instant());
            throw e;
        }
        return id;
    }

    /** The schedule: every live announcer with a feed, one job each (those running or just done are skipped). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int startScheduled() {
        int started = 0;
        for (Publisher p : em.createNamedQuery(Publisher.ANNOUNCERS_WITH_FEED, Publisher.class).getResultList()) {
            try {
                start(p.getId(), FeedImport.Trigger.SCHEDULE);
                started++;
            } catch (BusinessException e) {
                LOG.fine(() -> "Scheduled import of " + p.getId() + " skipped: " + e.getMessage());
            }
        }
        return started;
    }

    public Optional<FeedImport> find(long importId) {
        return Optional.ofNullable(em.find(FeedImport.class, importId));
    }

    /** An import of that publisher; empty for another publisher's, so that ids cannot be probed. */
    public Optional<FeedImport> ofPublisher(String publisherId, long importId) {
        return find(importId).filter(i -> i.getPublisherId().equals(publisherId));
    }

    public List<FeedImport> history(String publisherId, int max) {
        return em.createNamedQuery(FeedImport.OF_PUBLISHER, FeedImport.class).setParameter("publisher", publisherId)
                .setMaxResults(max).getResultList();
    }

    public List<FeedImportRefusal> refusals(long importId, int max) {
        return em.createNamedQuery(FeedImportRefusal.OF_IMPORT, FeedImportRefusal.class)
                .setParameter("import", importId).setMaxResults(max).getResultList();
    }

    /** Announcers with a feed, by name, each with its last import: two queries. */
    public List<Overview> overview() {
        List<Publisher> publishers = em.createNamedQuery(Publisher.ANNOUNCERS_WITH_FEED, Publisher.class)
                .getResultList();
        Map<String, FeedImport> last = new HashMap<>();
        if (!publishers.isEmpty()) {
            em.createQuery("SELECT i FROM FeedImport i WHERE i.id IN (SELECT MAX(j.id) FROM FeedImport j"
                    + " WHERE j.publisherId IN :publishers GROUP BY j.publisherId)", FeedImport.class)
                    .setParameter("publishers", publishers.stream().map(Publisher::getId).toList())
                    .getResultList().forEach(i -> last.put(i.getPublisherId(), i));
        }
        List<Overview> result = new ArrayList<>();
        publishers.forEach(p -> result.add(new Overview(p, last.get(p.getId()))));
        return result;
    }
}
