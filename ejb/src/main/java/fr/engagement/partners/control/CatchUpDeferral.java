package fr.engagement.partners.control;

/**
 * When the search index's timer waits instead of catching up: while a large write is still going on (an import: the
 * log is more than a batch ahead and grew since the last tick), for at most {@code maxMillis}. Re-reading the
 * missions of an import while it writes them takes the CPU the import needs (100,000 missions went from 42 s to
 * 71 s); the searches meanwhile are answered in SQL, exactly. Used by the timer's single thread.
 */
public final class CatchUpDeferral {

    private final long batch;
    private final long maxMillis;
    private long lastSeenMax;
    private long deferredSince = -1;

    public CatchUpDeferral(long batch, long maxMillis) {
        this.batch = batch;
        this.maxMillis = maxMillis;
    }

    /** True to wait this tick, given the log's last number, the position applied and the time. */
    public boolean defer(long logMax, long applied, long now) {
        boolean growing = logMax - applied > batch && logMax != lastSeenMax;
        lastSeenMax = logMax;
        if (!growing) {
            deferredSince = -1;
            return false;
        }
        if (deferredSince < 0) {
            deferredSince = now;
        }
        return now - deferredSince < maxMillis;
    }
}
