package fr.engagement.tracking.rest;

import fr.engagement.tracking.boundary.Redirects;
import fr.engagement.tracking.boundary.Redirects.Redirect;
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
 */
@Path("")
public class RedirectResource {

    @Inject
    Redirects redirects;

    @Inject
    Visitors visitors;

    @Context
    HttpServletRequest request;

    @GET
    @Path("{missionId}/{publisherId}")
    public Response mission(@PathParam("missionId") String missionId, @PathParam("publisherId") String publisherId,
            @QueryParam("tags") String tags, @QueryParam("user_scoring_id") String userScoringId) {
        return found(redirects.missionClick(missionId, publisherId, tags, userScoringId, visitors.of(request)));
    }

    @GET
    @Path("widget/{missionId}")
    public Response widget(@PathParam("missionId") String missionId, @QueryParam("widgetId") String widgetId,
            @QueryParam("requestId") String requestId) {
        return found(redirects.widgetClick(missionId, widgetId, requestId, visitors.of(request)));
    }

    @GET
    @Path("campaign/{campaignId}")
    public Response campaign(@PathParam("campaignId") String campaignId) {
        return found(redirects.campaignClick(campaignId, visitors.of(request)));
    }

    @GET
    @Path("seo/{missionId}")
    public Response seo(@PathParam("missionId") String missionId) {
        return found(redirects.seoClick(missionId, visitors.of(request)));
    }

    @GET
    @Path("email/{missionId}/{publisherId}")
    public Response email(@PathParam("missionId") String missionId, @PathParam("publisherId") String publisherId,
            @QueryParam("user_scoring_id") String userScoringId) {
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
