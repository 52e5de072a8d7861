package fr.engagement.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application defines its own datasource so the same artifact runs on the embedded MariaDB, a local server or
 * production, set by MicroProfile Config ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = "java:app/jdbc/engagement",
        className = "${MPCONFIG=db.driver}",
        url = "${MPCONFIG=db.url}",
        user = "${MPCONFIG=db.user}",
        password = "${MPCONFIG=db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {}
