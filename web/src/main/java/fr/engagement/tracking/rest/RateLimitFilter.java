package fr.engagement.tracking.rest;

import fr.engagement.partners.rest.ApiError;
import fr.engagement.tracking.control.RateLimiter;
import fr.engagement.tracking.control.RateLimiter.Decision;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Counts each request against its limit ({@link RateLimiter}) and answers 429 with the peer's body
 * {@code {ok:false, code:"TOO_MANY_REQUESTS", message}} past it; every answer of a counted request carries
 * X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (end of the window, seconds since the epoch),
 * and a 429 also Retry-After (seconds).
 */
public abstract class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    @Inject
    RateLimiter limiter;

    /** The decision for this request, or null when it is not counted (limits off, nobody to count it against). */
    protected abstract Decision hit(ContainerRequestContext request);

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return;
        }
        Decision decision = hit(request);
        if (decision == null) {
            return;
        }
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(ApiError.envelope(429, "TOO_MANY_REQUESTS",
                    "Too many requests, please try again later."));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(DECISION) instanceof Decision decision)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        decision.headers(limiter.clock().millis()).forEach(headers::putSingle);
    }
}
