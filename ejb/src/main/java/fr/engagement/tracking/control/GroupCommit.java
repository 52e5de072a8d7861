package fr.engagement.tracking.control;

import fr.engagement.partners.entity.StatEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the events of concurrent tracked requests together: one transaction, one batch of inserts and one statement
 * of daily counts for all the events queued while the previous write ran. Each caller returns only once its own
 * event is committed, so a visitor is never sent on with a click id that is not stored. There is no thread of its
 * own: a caller that gets one of the {@link #WRITERS} turns writes what is queued, the others wait for a turn and
 * usually find their event written. A click cost two statements and a commit on its own; under load the commits are
 * shared. Two turns rather than one, so that a batch is built and sent while the previous one waits for its commit.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    /** At most this many events a transaction: enough to share the commits, small enough to hold few locks. */
    static final int MAX_BATCH = 200;

    static final int WRITERS = 2;

    private final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore turns = new Semaphore(WRITERS);

    @Inject
    EventStore store;

    private static final class Waiting {
        final StatEvent event;
        volatile RuntimeException failure;
        private final CountDownLatch settled = new CountDownLatch(1);

        Waiting(StatEvent event) {
            this.event = event;
        }

        boolean settled() {
            return settled.getCount() == 0;
        }

        void written() {
            settled.countDown();
        }

        void failed(RuntimeException e) {
            failure = e;
            settled.countDown();
        }

        void awaitSettled() {
            boolean interrupted = false;
            while (true) {
                try {
                    settled.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stores the event, with others queued at the same time; throws what its own write threw. */
    public void record(StatEvent event) {
        Waiting mine = new Waiting(event);
        queue.add(mine);
        while (!mine.settled()) {
            turns.acquireUninterruptibly();
            boolean wrote;
            try {
                wrote = mine.settled() || writeQueued();
            } finally {
                turns.release();
            }
            if (!wrote) {
                mine.awaitSettled(); // nothing was queued: it is in the batch of the other turn
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** False when nothing was queued. */
    /** How many events wait for a turn (tests). */
    int queued() {
        return queue.size();
    }

    private boolean writeQueued() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next; batch.size() < MAX_BATCH && (next = queue.poll()) != null;) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return false;
        }
        try {
            store.recordAll(batch.stream().map(w -> w.event).toList());
            batch.forEach(Waiting::written);
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                batch.get(0).failed(e);
                return true;
            }
            // one event the database refuses must not take the others with it: each is tried on its own
            LOG.log(Level.WARNING, "A batch of " + batch.size() + " events failed, writing them one by one", e);
            for (Waiting w : batch) {
                try {
                    store.recordAll(List.of(w.event));
                    w.written();
                } catch (RuntimeException alone) {
                    w.failed(alone);
                }
            }
        }
        return true;
    }
}
