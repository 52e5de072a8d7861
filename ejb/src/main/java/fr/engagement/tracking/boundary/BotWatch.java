package fr.engagement.tracking.boundary;

import fr.engagement.partners.entity.BotSuspect;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.platform.control.DatabaseMigration;
import fr.engagement.tracking.control.BotFlags;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Every hour, the visitors that behaved as robots over the last 24 hours (the peer's bot warning): at least
 * {@code tracking.bots.min-clicks} clicks (200), all from one broadcaster, and no application nor account following any
 * of them. They are listed as {@link BotSuspect}s for an administrator to block ({@link Bots}); nothing is flagged
 * without that decision. The same run flags the events that blocked visitors made on an instance that did not know
 * of the block yet.
 */
@Stateless
public class BotWatch {

    private static final Logger LOG = Logger.getLogger(BotWatch.class.getName());
    static final Duration WINDOW = Duration.ofHours(24);
    private static final int MAX_SUSPECTS = 500;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    BotFlags flags;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Inject
    DatabaseMigration migration;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "bot-watch")
    void hourly() {
        if (migration.isMigrated()) {
            watch();
        }
    }

    /** Runs the watch now; returns how many suspects it saw. */
    public int watch() {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        int seen = 0;
        for (Object[] row : suspects(since)) {
            String user = (String) row[0];
            if (converted(user, since)) {
                continue;
            }
            int prints = prints(user, since);
            BotSuspect suspect = em.find(BotSuspect.class, user);
            boolean known = suspect != null;
            if (!known) {
                suspect = new BotSuspect(user, agentOf(user));
            }
            suspect.seen((String) row[2], ((Number) row[1]).intValue(), prints, (Instant) row[3], (Instant) row[4],
                    now);
            if (!known) {
                em.persist(suspect);
            }
            seen++;
        }
        int late = 0;
        for (String blocked : em.createQuery("SELECT b.userHash FROM BotSuspect b WHERE b.blockedAt IS NOT NULL",
                String.class).getResultList()) {
            late += flags.flag(blocked, true, since);
        }
        int flagged = late;
        int suspects = seen;
        LOG.info(() -> "Bot watch: " + suspects + " suspect(s) over 24 h, " + flagged
                + " late event(s) of blocked visitors flagged");
        return seen;
    }

    /**
     * Visitors with at least {@code tracking.bots.min-clicks} clicks since then, all from one broadcaster, the most
     * first; on ix_stat_event_recent (created_at, user_hash, type, from_publisher_id), the last 24 hours only. The
     * grouping holds one row per visitor of the day (2.4 million on the benchmark's database): in memory it took 4 s,
     * spilled to disk at the 16 MB default 22 s. The larger limit is this connection's, for this query, put back after.
     */
    private List<Object[]> suspects(Instant since) {
        int minClicks = config.getOptionalValue("tracking.bots.min-clicks", Integer.class).orElse(200);
        long memory = config.getOptionalValue("tracking.bots.watch-memory-mb", Long.class).orElse(512L) << 20;
        em.createNativeQuery("SET SESSION tmp_table_size = " + memory + ", max_heap_table_size = " + memory)
                .executeUpdate();
        try {
            return em.createQuery("SELECT e.userHash, COUNT(e), MIN(e.fromPublisherId), MIN(e.createdAt),"
                    + " MAX(e.createdAt) FROM StatEvent e WHERE e.createdAt >= :since AND e.type = 'click'"
                    + " AND e.userHash IS NOT NULL GROUP BY e.userHash HAVING COUNT(e) >= :min"
                    + " AND MIN(e.fromPublisherId) = MAX(e.fromPublisherId) ORDER BY COUNT(e) DESC", Object[].class)
                    .setParameter("since", since).setParameter("min", (long) minClicks)
                    .setMaxResults(MAX_SUSPECTS).getResultList();
        } finally {
            em.createNativeQuery("SET SESSION tmp_table_size = DEFAULT, max_heap_table_size = DEFAULT")
                    .executeUpdate();
        }
    }

    /** Whether an application or an account followed one of the visitor's clicks (on ix_stat_event_click). */
    private boolean converted(String user, Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM StatEvent a, StatEvent c WHERE c.userHash = :user"
                + " AND c.type = 'click' AND c.createdAt >= :since AND a.clickId = c.id"
                + " AND a.type IN ('apply', 'account')", Long.class).setParameter("user", user)
                .setParameter("since", since).getSingleResult() > 0;
    }

    private int prints(String user, Instant since) {
        return em.createQuery("SELECT COUNT(e) FROM StatEvent e WHERE e.userHash = :user AND e.type = :print"
                + " AND e.createdAt >= :since", Long.class).setParameter("user", user)
                .setParameter("print", StatEvent.PRINT).setParameter("since", since).getSingleResult().intValue();
    }

    private String agentOf(String user) {
        return em.createQuery("SELECT e.userAgent FROM StatEvent e WHERE e.userHash = :user ORDER BY e.createdAt DESC",
                String.class).setParameter("user", user).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }
}
