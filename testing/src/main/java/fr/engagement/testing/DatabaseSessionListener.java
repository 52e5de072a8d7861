package fr.engagement.testing;

import java.io.File;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one embedded MariaDB for a whole failsafe run, before Arquillian starts Payara, and stops it at the end.
 * Only runs when the build sets {@code it.db.port} (failsafe does, surefire does not).
 */
public class DatabaseSessionListener implements LauncherSessionListener {

    private EmbeddedDatabase database;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("it.db.port");
        if (port == null || database != null) {
            return;
        }
        File directory = new File(System.getProperty("it.target", "target"), "it-mariadb");
        database = EmbeddedDatabase.start(Integer.parseInt(port), directory);
        try {
            // Every run starts from an empty schema: Flyway migrates it when the application deploys.
            database.execute("DROP DATABASE IF EXISTS " + EmbeddedDatabase.NAME);
            database.execute("CREATE DATABASE " + EmbeddedDatabase.NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
