package fr.engagement.tracking.control;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The counters of the tracking: in Payara's data grid when it runs (JNDI {@code payara/Hazelcast}), so that rate
 * limits and duplicate clicks hold for the whole cluster; else in this JVM, said once in the log. Payara Micro
 * started with {@code --nohazelcast} (the tests) has no grid.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    @Inject
    Clock clock;

    private SharedCounters counters;
    private boolean shared;

    @PostConstruct
    void connect() {
        try {
            HazelcastInstance grid = InitialContext.doLookup(JNDI_NAME);
            if (grid != null && grid.getLifecycleService().isRunning()) {
                counters = new FallbackCounters(new GridCounters(grid), new LocalCounters(clock), clock);
                shared = true;
                LOG.info(() -> "Tracking counters in the data grid (" + grid.getCluster().getMembers().size()
                        + " member(s)): rate limits and duplicate clicks are shared by the cluster");
                return;
            }
        } catch (NamingException | RuntimeException | LinkageError e) {
            LOG.fine(() -> "No data grid: " + e);
        }
        counters = new LocalCounters(clock);
        LOG.warning("Data grid off: rate limits and duplicate clicks are counted by this instance alone");
    }

    public SharedCounters counters() {
        return counters;
    }

    public boolean isShared() {
        return shared;
    }
}
