package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.partners.entity.StatEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** A store that takes its time, as a commit does, and refuses the events named "poison". */
    static final class SlowStore extends EventStore {
        final Queue<Integer> batchSizes = new ConcurrentLinkedQueue<>();
        final Queue<String> written = new ConcurrentLinkedQueue<>();

        @Override
        public void recordAll(List<StatEvent> events) {
            batchSizes.add(events.size());
            if (events.stream().anyMatch(e -> "poison".equals(e.getSource()))) {
                throw new IllegalStateException("refused");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.forEach(e -> written.add(e.getId()));
        }
    }

    private final SlowStore store = new SlowStore();
    private final GroupCommit commits = new GroupCommit();

    {
        commits.store = store;
    }

    private static StatEvent event(String id, String source) {
        return new StatEvent(id, StatEvent.CLICK, source, "b", "a", "m", Instant.parse("2026-12-03T10:00:00Z"));
    }

    @Test
    void concurrentEventsShareTransactionsAndEachIsWrittenOnceBeforeItsCallerReturns() throws Exception {
        int threads = 16;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        Set<String> returned = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    String id = thread + "-" + i;
                    commits.record(event(id, "publisher"));
                    assertThat(store.written).contains(id);
                    returned.add(id);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(returned).hasSize(threads * each);
        assertThat(store.written).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(store.batchSizes).allMatch(size -> size <= GroupCommit.MAX_BATCH);
    }

    @Test
    void theEventsQueuedWhileTheWritersAreBusyAreWrittenTogether() throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        Queue<Integer> sizes = new ConcurrentLinkedQueue<>();
        GroupCommit grouped = new GroupCommit();
        grouped.store = new EventStore() {
            @Override
            public void recordAll(List<StatEvent> events) {
                sizes.add(events.size());
                try {
                    gate.await(30, TimeUnit.SECONDS); // a commit that takes its time
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String id = "q" + t;
            done.add(pool.submit(() -> grouped.record(event(id, "publisher"))));
            if (t == 0) {
                while (sizes.isEmpty()) {
                    Thread.onSpinWait(); // the first writer holds its turn
                }
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (grouped.queued() + sizes.stream().mapToInt(Integer::intValue).sum() < threads
                && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        gate.countDown();
        for (Future<?> f : done) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(threads);
        assertThat(sizes.size()).as("two turns busy, the rest in one or two batches: " + sizes)
                .isLessThanOrEqualTo(2 * GroupCommit.WRITERS);
    }

    @Test
    void anEventTheStoreRefusesFailsAloneAndTheOthersOfItsBatchAreWritten() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String source = t == 3 ? "poison" : "publisher";
            String id = "e" + t;
            done.add(pool.submit(() -> {
                start.await();
                commits.record(event(id, source));
                return null;
            }));
        }
        start.countDown();
        int failures = 0;
        for (Future<?> f : done) {
            try {
                f.get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).hasMessage("refused");
                failures++;
            }
        }
        pool.shutdown();

        assertThat(failures).isEqualTo(1);
        assertThat(store.written).containsExactlyInAnyOrder("e0", "e1", "e2", "e4", "e5", "e6", "e7");
    }

    @Test
    void aLoneFailureReachesItsCaller() {
        assertThatThrownBy(() -> commits.record(event("x", "poison"))).hasMessage("refused");
        commits.record(event("y", "publisher"));
        assertThat(store.written).containsExactly("y");
    }
}
