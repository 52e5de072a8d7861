package fr.engagement.tracking.rest;

import fr.engagement.partners.rest.CallingPublisher;
import fr.engagement.tracking.control.RateLimiter.Decision;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.ext.Provider;

/**
 * 600 requests a minute per publisher on /v0 and /v2 (setting {@code partners.rate-limit.publisher}). Runs after
 * the API key filter: a request without a valid key has had its 401 and is not counted.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 100)
public class PublisherRateLimit extends RateLimitFilter {

    @Inject
    CallingPublisher calling;

    @Override
    protected Decision hit(ContainerRequestContext request) {
        return limiter.hitPublisher(calling.id());
    }
}
