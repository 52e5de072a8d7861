package fr.engagement.tracking.rest;

import fr.engagement.tracking.boundary.Redirects;
import fr.engagement.tracking.boundary.Redirects.Redirect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * The tracked links: each answers 302 to the announcer's page with the click id, the tracking token and the UTM
 * parameters; an unknown mission or campaign leads to our own search page. Never cached: every follow is a click.
 * One instance for the application, the request passed to each method: building a resource per request (the
 * JAX-RS default) cost a tenth of a redirect's CPU.
 */
@Path("")
@ApplicationScoped
public class RedirectResource {

    @Inject
    Redirects redirects;

    @Inject
    Visitors visitors;

    @GET
    @Path("{missionId}/{publisherId}")
    public Response mission(@Context HttpServletRequest request, @PathParam("missionId") String missionId,
            @PathParam("publisherId") String publisherId, @QueryParam("tags") String tags,
            @QueryParam("user_scoring_id") String userScoringId) {
        return found(redirects.missionClick(missionId, publisherId, tags, userScoringId, visitors.of(request)));
    }

    @GET
    @Path("widget/{missionId}")
    public Response widget(@Context HttpServletRequest request, @PathParam("missionId") String missionId,
            @QueryParam("widgetId") String widgetId, @QueryParam("requestId") String requestId) {
        return found(redirects.widgetClick(missionId, widgetId, requestId, visitors.of(request)));
    }

    @GET
    @Path("campaign/{campaignId}")
    public Response campaign(@Context HttpServletRequest request, @PathParam("campaignId") String campaignId) {
        return found(redirects.campaignClick(campaignId, visitors.of(request)));
    }

    @GET
    @Path("seo/{missionId}")
    public Response seo(@Context HttpServletRequest request, @PathParam("missionId") String missionId) {
        return found(redirects.seoClick(missionId, visitors.of(request)));
    }

    @GET
    @Path("email/{missionId}/{publisherId}")
    public Response email(@Context HttpServletRequest request, @PathParam("missionId") String missionId,
            @PathParam("publisherId") String publisherId, @QueryParam("user_scoring_id") String userScoringId) {
        return found(redirects.emailClick(missionId, publisherId, userScoringId, visitors.of(request)));
    }

    @GET
    @Path("notrack/{missionId}")
    public Response noTrack(@PathParam("missionId") String missionId) {
        return found(redirects.noTrack(missionId));
    }

    private static Response found(Redirect redirect) {
        // the Location header as built: JAX-RS would resolve a URI against the request and may re-encode it
        return Response.status(Response.Status.FOUND).header("Location", redirect.location())
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer-when-downgrade")
                .build();
    }
}
