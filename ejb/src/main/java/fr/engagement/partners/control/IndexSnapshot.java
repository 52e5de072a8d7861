package fr.engagement.partners.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A new search index from a consistent snapshot: the change log's position and every live mission read in one
 * repeatable-read transaction, so the changes after the snapshot are exactly those the log gives next.
 */
public final class IndexSnapshot {

    public record Built(SearchIndex index, ChangeFeed position, long missions) {}

    private IndexSnapshot() {}

    /** The index is the caller's to close; on failure it is closed here. */
    public static Built take(Connection c, int holesWindow) throws SQLException, IOException {
        SearchIndex fresh = SearchIndex.temporary();
        int isolation = c.getTransactionIsolation();
        try {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            ChangeFeed snapshot = ChangeFeed.snapshot(c, holesWindow, System.currentTimeMillis());
            long count = IndexedMissions.everyLive(c, m -> {
                try {
                    fresh.add(m);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            c.commit();
            fresh.refresh();
            return new Built(fresh, snapshot, count);
        } catch (SQLException | IOException | RuntimeException e) {
            fresh.close();
            throw e;
        } finally {
            c.setAutoCommit(true);
            c.setTransactionIsolation(isolation);
        }
    }
}
