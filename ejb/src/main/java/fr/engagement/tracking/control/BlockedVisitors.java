package fr.engagement.tracking.control;

import fr.engagement.partners.entity.BotSuspect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The visitors an administrator blocked ({@link BotSuspect}), asked on every click: a set in memory, read again from
 * the database once a minute, so that the 2,000 clicks a second of the service level pay a hash lookup and not a
 * query. A block made on another instance of the cluster reaches this one within the minute; the hourly watch flags
 * the events that came in between.
 */
@ApplicationScoped
public class BlockedVisitors {

    private static final Logger LOG = Logger.getLogger(BlockedVisitors.class.getName());
    static final Duration REFRESH = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    Clock clock;

    private final ReentrantLock loading = new ReentrantLock();
    private volatile Set<String> hashes = Set.of();
    private volatile boolean loaded;
    private volatile long loadedAt;

    public boolean contains(String userHash) {
        if (!loaded || clock.millis() - loadedAt >= REFRESH.toMillis()) {
            refresh();
        }
        return userHash != null && hashes.contains(userHash);
    }

    /** This instance's change, known at once here (the others read it within the minute). */
    public void changed(String userHash, boolean blocked) {
        Set<String> next = new HashSet<>(hashes);
        if (blocked) {
            next.add(userHash);
        } else {
            next.remove(userHash);
        }
        hashes = Set.copyOf(next);
    }

    private void refresh() {
        // one thread reads, the others go on with the set they have: a click never waits for this query
        if (!loading.tryLock()) {
            return;
        }
        try {
            hashes = Set.copyOf(em.createQuery("SELECT b.userHash FROM BotSuspect b WHERE b.blockedAt IS NOT NULL",
                    String.class).getResultList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Blocked visitors not read again; the previous list is kept for a minute", e);
        } finally {
            loadedAt = clock.millis();
            loaded = true;
            loading.unlock();
        }
    }
}
