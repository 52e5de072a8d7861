package fr.engagement.tracking.rest;

import fr.engagement.tracking.boundary.Visitor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Reads the {@link Visitor} of a tracked request from its headers and its client address. */
@ApplicationScoped
public class Visitors {

    @Inject
    ClientAddress addresses;

    public Visitor of(HttpServletRequest request) {
        return new Visitor(address(request), request.getHeader("Referer"), request.getHeader("User-Agent"),
                request.getHeader("Host"), request.getHeader("Origin"));
    }

    public String address(HttpServletRequest request) {
        return addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }
}
