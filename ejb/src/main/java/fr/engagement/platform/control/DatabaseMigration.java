package fr.engagement.platform.control;

import fr.engagement.territory.control.TerritoryDataMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Migrates the schema before anything else touches the database. Flyway owns the schema; EclipseLink never
 * generates DDL. Java migrations are registered here by hand: classpath scanning inside a WAR's jars is not relied on.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/engagement")
    DataSource dataSource;

    private volatile boolean migrated;

    /**
     * Timers may fire while the application is still deploying; calling this waits for the migration, since the
     * container holds callers of a singleton until its initialisation is over.
     */
    @Lock(LockType.READ)
    public boolean isMigrated() {
        return migrated;
    }

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new TerritoryDataMigration())
                .load()
                .migrate();
        migrated = true;
        // Flyway reports no target version when nothing was applied
        LOG.info(() -> result.migrationsExecuted == 0 ? "Schema up to date at version " + result.initialSchemaVersion
                : "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at version "
                        + result.targetSchemaVersion);
    }
}
