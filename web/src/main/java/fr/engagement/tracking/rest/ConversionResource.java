package fr.engagement.tracking.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.entity.StatEvent;
import fr.engagement.partners.rest.ApiError;
import fr.engagement.tracking.boundary.Conversions;
import fr.engagement.tracking.boundary.Conversions.Outcome;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What jstag.js reports: applications, accounts, impressions, human confirmations. Every call gets an answer: 200
 * {@code {ok:true, id}} when recorded, and for a repeat within five minutes too, with the first event's id and
 * {@code duplicate:true}; 404 for an unknown click, mission or campaign; 204 for robots and calls without a click id.
 */
@Path("")
public class ConversionResource {

    @Inject
    Conversions conversions;

    @Inject
    Visitors visitors;

    @Context
    HttpServletRequest request;

    @GET
    @Path("apply")
    public Response apply(@QueryParam("view") String clickId, @QueryParam("mission") String missionClientId,
            @QueryParam("clientEventId") String clientEventId,
            @QueryParam("customAttributes") String customAttributes) {
        return conversion(StatEvent.APPLY, clickId, missionClientId, clientEventId, customAttributes);
    }

    @GET
    @Path("account")
    public Response account(@QueryParam("view") String clickId, @QueryParam("mission") String missionClientId,
            @QueryParam("clientEventId") String clientEventId) {
        return conversion(StatEvent.ACCOUNT, clickId, missionClientId, clientEventId, null);
    }

    @GET
    @Path("impression/{missionId}/{publisherId}")
    public Response impression(@PathParam("missionId") String missionId,
            @PathParam("publisherId") String publisherId, @QueryParam("tracker") String tracker,
            @QueryParam("sourceId") String sourceId, @QueryParam("requestId") String requestId) {
        return answer(conversions.impression(missionId, publisherId, tracker, sourceId, requestId,
                visitors.of(request)), "Mission or publisher not found");
    }

    @GET
    @Path("impression/campaign/{campaignId}")
    public Response campaignImpression(@PathParam("campaignId") String campaignId) {
        return answer(conversions.campaignImpression(campaignId, visitors.of(request)), "Campaign not found");
    }

    @GET
    @Path("{clickId}/confirm-human")
    public Response confirmHuman(@PathParam("clickId") String clickId, @QueryParam("token") String token) {
        return switch (conversions.confirmHuman(clickId, token)) {
            case CONFIRMED -> json(JSON.createObjectBuilder().add("ok", true).build().toString());
            case BAD_TOKEN -> ApiError.envelope(403, "FORBIDDEN", "Invalid tracking token");
            case UNKNOWN_CLICK -> ApiError.envelope(404, "NOT_FOUND", "Click not found");
        };
    }

    private Response conversion(String type, String clickId, String missionClientId, String clientEventId,
            String customAttributes) {
        if (clickId == null || clickId.isBlank()) {
            return Response.noContent().build();
        }
        return answer(conversions.conversion(type, clickId.strip(), blankToNull(missionClientId),
                blankToNull(clientEventId), customAttributes, visitors.of(request)), "Click not found");
    }

    private static Response answer(Outcome outcome, String unknown) {
        return switch (outcome.kind()) {
            case RECORDED -> json(JSON.createObjectBuilder().add("ok", true).add("id", outcome.id())
                    .add("data", JSON.createObjectBuilder().add("_id", outcome.id())).build().toString());
            case DUPLICATE -> json(JSON.createObjectBuilder().add("ok", true).add("id", outcome.id())
                    .add("duplicate", true).add("data", JSON.createObjectBuilder().add("_id", outcome.id()))
                    .build().toString());
            case UNKNOWN -> ApiError.envelope(404, "NOT_FOUND", unknown);
            case BOT -> Response.noContent().build();
        };
    }

    private static Response json(String body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
