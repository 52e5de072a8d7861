package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.partners.boundary.AnnouncerMissions;
import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.entity.PartnerMission;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * {@code POST|PUT|DELETE /v2/mission[/{clientId}]}: an announcer writes its own missions, through the same catalogue
 * writer and review rules as the feeds. Only the calling publisher's missions are ever reached.
 */
@Path("mission")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MissionV2Resource {

    @Inject
    CallingPublisher calling;

    @Inject
    AnnouncerMissions catalogue;

    @Inject
    Clock clock;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response create(String body) {
        MissionV2Body json = MissionV2Body.parse(body);
        json.requireForCreate();
        MissionDraft draft = new MissionDraft();
        draft.type = calling.get().getMissionType();
        json.applyTo(draft);
        try {
            PartnerMission m = catalogue.create(calling.id(), draft, clock.instant());
            return Response.status(201).entity(ok(m).toString()).build();
        } catch (AnnouncerMissions.AlreadyExists e) {
            throw PartnerApiException.conflict("Mission with clientId " + draft.clientId + " already exists");
        }
    }

    @PUT
    @Path("{clientId}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    public Response update(@PathParam("clientId") String clientId, String body) {
        MissionV2Body json = MissionV2Body.parse(body);
        // every type is checked here, before the transaction: the patch below then cannot fail half-way
        json.applyTo(new MissionDraft());
        PartnerMission stored = catalogue.find(calling.id(), clientId);
        if (stored == null || stored.getDeletedAt() != null) {
            throw PartnerApiException.notFound("Mission " + clientId + " not found");
        }
        if (stored.getOrganization() == null || stored.getOrganization().getName() == null) {
            json.requireOrganizationName();
        }
        PartnerMission m = catalogue.update(calling.id(), clientId, json::applyTo, clock.instant());
        return Response.ok(ok(m).toString()).build();
    }

    @DELETE
    @Path("{clientId}")
    public Response delete(@PathParam("clientId") String clientId) {
        var deletedAt = catalogue.delete(calling.id(), clientId, clock.instant());
        var data = JSON.createObjectBuilder().add("clientId", clientId)
                .add("deletedAt", MissionV2Json.DATE.format(deletedAt));
        return Response.ok(JSON.createObjectBuilder().add("ok", true).add("data", data).build()
                .toString()).build();
    }

    private static jakarta.json.JsonObject ok(PartnerMission m) {
        return JSON.createObjectBuilder().add("ok", true).add("data", MissionV2Json.of(m)).build();
    }
}
