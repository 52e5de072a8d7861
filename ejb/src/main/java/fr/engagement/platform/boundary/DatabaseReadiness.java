package fr.engagement.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when the database answers: every page and API route needs it, so an instance that cannot reach it
 * should receive no traffic.
 *
 * <p>MariaDB enforces the query timeout on the server side, so a database that accepts connections but never
 * answers (hung, or cut off by a firewall) would hang the probe forever (seen with a stopped mariadbd). Hence the
 * network timeout on the connection, and the probe running apart so the answer comes within a bounded time whatever
 * the pool does.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:app/jdbc/engagement")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            executor.submit(this::selectOne).get(TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
            return response.up().build();
        } catch (TimeoutException e) {
            return response.down().withData("error", "no answer within " + (TIMEOUT_SECONDS + 1) + " s").build();
        } catch (ExecutionException e) {
            return response.down().withData("error", String.valueOf(e.getCause().getMessage())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }

    private Void selectOne() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int previous = connection.getNetworkTimeout();
            connection.setNetworkTimeout(Runnable::run, TIMEOUT_SECONDS * 1000);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(TIMEOUT_SECONDS);
                statement.execute("SELECT 1");
            } catch (SQLException e) {
                // The driver has closed it, yet the pool's validation would hand it to the application again.
                connection.abort(Runnable::run);
                throw e;
            }
            // Back in the pool, the application's own queries must not inherit the probe's 2 s.
            connection.setNetworkTimeout(Runnable::run, previous);
        }
        return null;
    }
}
