package fr.engagement.tracking.rest;

import fr.engagement.tracking.control.RateLimiter.Decision;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/** 120 requests a minute per client address on the /r routes (setting {@code partners.rate-limit.ip}). */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AddressRateLimit extends RateLimitFilter {

    @Context
    HttpServletRequest servletRequest;

    @Inject
    Visitors visitors;

    @Override
    protected Decision hit(ContainerRequestContext request) {
        return limiter.hitAddress(visitors.address(servletRequest));
    }
}
