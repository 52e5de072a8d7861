package fr.engagement.partners.boundary;

import fr.engagement.partners.control.CatchUpDeferral;
import fr.engagement.partners.control.ChangeFeed;
import fr.engagement.partners.control.IndexSnapshot;
import fr.engagement.partners.control.IndexedMission;
import fr.engagement.partners.control.IndexedMissions;
import fr.engagement.partners.control.SearchIndex;
import fr.engagement.platform.control.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's {@link SearchIndex} of the catalogue in step with the database: built from it at startup
 * (at once when the catalogue is small, else by a timer while the instance reports not ready), then brought up to
 * date from the {@code catalogue_change} log every second and before each search it answers. A search never sees
 * an index older than the log: when the index is not built, or further behind than a few hundred changes (an import
 * running), or busy catching up, {@link #current} answers empty and the catalogue searches in SQL.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogueIndexer {

    private static final Logger LOG = Logger.getLogger(CatalogueIndexer.class.getName());
    /** Below that many live missions the index is built during the deployment, so the first request uses it. */
    private static final long BUILT_AT_START = 50_000;
    private static final int SNAPSHOT_WINDOW = 10_000;
    // one refresh of the searcher per batch: a few thousand missions, not a few hundred
    private static final int BATCH = 20_000;

    @Resource(lookup = "java:app/jdbc/engagement")
    DataSource dataSource;

    @Resource
    TimerService timers;

    @Inject
    DatabaseMigration migration;

    @Inject
    @ConfigProperty(name = "partners.search-index.enabled", defaultValue = "true")
    boolean enabled;

    /** Beyond that many changes behind, a search does not wait for the catch-up: it is answered in SQL. */
    @Inject
    @ConfigProperty(name = "partners.search-index.sync-changes", defaultValue = "500")
    int syncChanges;

    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean ticking = new AtomicBoolean();
    private volatile SearchIndex index;
    private volatile ChangeFeed position;
    private volatile String failure;
    private volatile long lastCleanup;
    private volatile long failedAt;
    private final CatchUpDeferral deferral = new CatchUpDeferral(BATCH, 60_000);
    /** Searches answered by the index, and those sent to SQL although eligible: what an operator watches. */
    private final java.util.concurrent.atomic.LongAdder searches = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder sqlFallbacks = new java.util.concurrent.atomic.LongAdder();

    /** For the readiness check: building (first build running), ready, failed (SQL answers), or disabled. */
    public record State(String name, long missions, long applied, long searches, long sqlFallbacks, String failure) {}

    @PostConstruct
    void start() {
        if (!enabled || !migration.isMigrated()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM partner_mission WHERE live = TRUE")) {
            r.next();
            if (r.getLong(1) < BUILT_AT_START) {
                build();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Catalogue search index: not built at start, the timer retries", e);
        }
        timers.createIntervalTimer(1_000, 1_000, new TimerConfig("catalogue-search-index", false));
    }

    @Timeout
    void tick() {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            if (index == null) {
                if (System.currentTimeMillis() - failedAt > 60_000) {
                    build();
                }
            } else {
                catchUpAll();
                cleanUpLog();
            }
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            LOG.log(Level.WARNING, "Catalogue search index: " + e.getMessage(), e);
        } finally {
            ticking.set(false);
        }
    }

    /**
     * The index, up to date with every change committed before this call; empty when the search must go to the
     * database (not built, disabled, too far behind, or another thread catching up).
     */
    public Optional<SearchIndex> current() {
        Optional<SearchIndex> answer = inStep();
        (answer.isPresent() ? searches : sqlFallbacks).increment();
        return answer;
    }

    private Optional<SearchIndex> inStep() {
        SearchIndex searchable = index;
        if (searchable == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            ChangeFeed.Step pending = position.read(c, syncChanges + 1, System.currentTimeMillis());
            if (pending.rows() == 0) {
                return Optional.of(searchable);
            }
            if (pending.rows() > syncChanges || !writing.tryLock(100, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            try {
                return catchUp(c, syncChanges) ? Optional.of(searchable) : Optional.empty();
            } finally {
                writing.unlock();
            }
        } catch (SQLException | IOException e) {
            LOG.log(Level.WARNING, "Catalogue search index: catch-up failed, searching in SQL", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public State state() {
        SearchIndex searchable = index;
        if (!enabled) {
            return new State("disabled", 0, 0, 0, sqlFallbacks.sum(), null);
        }
        try {
            return searchable == null
                    ? new State(failure == null ? "building" : "failed", 0, 0, 0, sqlFallbacks.sum(), failure)
                    : new State("ready", searchable.size(), position.applied(), searches.sum(), sqlFallbacks.sum(),
                            failure);
        } catch (IOException e) {
            return new State("failed", 0, 0, searches.sum(), sqlFallbacks.sum(), e.getMessage());
        }
    }

    /** Reads and applies the log past the position, if at most {@code limit} rows; the caller holds the lock. */
    private boolean catchUp(Connection c, int limit) throws SQLException, IOException {
        ChangeFeed.Step step = position.read(c, limit + 1, System.currentTimeMillis());
        if (step.rows() > limit) {
            return false;
        }
        apply(c, step);
        return true;
    }

    /** Re-reads the missions of a step (gone or not live: removed) and moves the position past it. */
    private void apply(Connection c, ChangeFeed.Step step) throws SQLException, IOException {
        if (step.rows() > 0) {
            for (Map.Entry<String, Optional<IndexedMission>> m : IndexedMissions.byIds(c, step.missionIds())
                    .entrySet()) {
                if (m.getValue().isPresent()) {
                    index.put(m.getValue().get());
                } else {
                    index.remove(m.getKey());
                }
            }
            index.refresh();
        }
        position = step.next();
    }

    /** The timer's catch-up: the whole backlog in batches, the lock released between them for the searches. */
    private void catchUpAll() {
        try (Connection c = dataSource.getConnection()) {
            if (deferral.defer(ChangeFeed.last(c), position.applied(), System.currentTimeMillis())) {
                return;
            }
            int rows;
            do {
                writing.lock();
                try {
                    ChangeFeed.Step step = position.read(c, BATCH, System.currentTimeMillis());
                    apply(c, step);
                    rows = step.rows();
                } finally {
                    writing.unlock();
                }
            } while (rows == BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException("catch-up: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds a new index from a consistent snapshot ({@link IndexSnapshot}) and makes it the current one. */
    private void build() {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            IndexSnapshot.Built built = IndexSnapshot.take(c, SNAPSHOT_WINDOW);
            position = built.position();
            index = built.index();
            failure = null;
            LOG.info(() -> String.format("Catalogue search index: %,d live missions indexed in %.1f s",
                    built.missions(), (System.nanoTime() - start) / 1e9));
        } catch (SQLException | IOException | RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            failedAt = System.currentTimeMillis();
            throw new IllegalStateException("build failed: " + e.getMessage(), e);
        }
    }

    /**
     * Forgets the log older than a day and older than the last numbers a new instance reads for its holes; every
     * instance is far closer behind than that.
     */
    private void cleanUpLog() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 600_000) {
            return;
        }
        lastCleanup = now;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "DELETE FROM catalogue_change WHERE seq < ? AND changed_at < NOW(6) - INTERVAL 1 DAY LIMIT 10000")) {
            s.setLong(1, position.applied() - SNAPSHOT_WINDOW);
            while (s.executeUpdate() == 10000) {
                // next batch
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Catalogue search index: log cleanup failed", e);
        }
    }

    @PreDestroy
    void stop() {
        SearchIndex searchable = index;
        index = null;
        close(searchable);
    }

    private static void close(SearchIndex searchable) {
        if (searchable == null) {
            return;
        }
        try {
            searchable.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Catalogue search index: not closed and removed", e);
        }
    }
}
