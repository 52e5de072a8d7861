package fr.engagement.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Up as long as the JVM serves requests. It deliberately ignores the database: a database outage must take the
 * instance out of the load balancer (readiness), not get it restarted in a loop (liveness).
 *
 * <p>It lives in the web module on purpose: Payara Server turns MicroProfile Health on for an application only when a
 * WAR module itself holds a {@code @Liveness}, {@code @Readiness}, {@code @Startup} or {@code @Path} class; the EJB
 * module's checks are then registered too. On Micro the ejb jar is inside the WAR, so either place works there.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("engagement");
    }
}
