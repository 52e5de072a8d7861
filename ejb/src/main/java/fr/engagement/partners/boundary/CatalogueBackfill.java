package fr.engagement.partners.boundary;

import fr.engagement.platform.control.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings the catalogue in step with the platform's missions once, after startup: missions searchable but not
 * projected (a database older than the catalogue, data written without the boundaries), and rows live for missions
 * that are not searchable any more. Runs in batches, one transaction each, from a timer a few seconds after the
 * deployment, so a large database never delays the start; idempotent, so every start may run it, and cheap when
 * there is nothing to do (two index lookups).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueBackfill {

    private static final Logger LOG = Logger.getLogger(CatalogueBackfill.class.getName());
    private static final int BATCH = 200;

    @Resource
    TimerService timers;

    @Inject
    DatabaseMigration migration;

    @EJB
    PlatformProjections projections;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(5_000, new TimerConfig("catalogue-backfill", false));
    }

    @Timeout
    void timeout() {
        try {
            run();
        } catch (RuntimeException e) {
            // the live projection keeps working; the next start tries again
            LOG.log(Level.WARNING, "Catalogue backfill stopped", e);
        }
    }

    /** Projects what is missing and withdraws what is stale; answers the number of rows written. */
    @Lock(LockType.WRITE)
    public int run() {
        if (!migration.isMigrated()) {
            return 0;
        }
        long start = System.nanoTime();
        int written = 0;
        long after = 0;
        while (true) {
            PlatformProjections.Batch batch = projections.projectMissing(after, BATCH);
            written += batch.written();
            if (batch.lastId() < 0) {
                break;
            }
            after = batch.lastId();
        }
        written += projections.withdrawStale();
        if (written > 0) {
            int total = written;
            LOG.info(() -> String.format("Catalogue backfill: %d platform missions projected or withdrawn in %.1f s",
                    total, (System.nanoTime() - start) / 1e9));
        }
        return written;
    }
}
