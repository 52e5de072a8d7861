package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.feeds.boundary.FeedImports;
import fr.engagement.feeds.control.FeedImportLedger;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.platform.entity.BusinessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Our extension of the contract: {@code POST /v2/import} starts the import of the calling announcer's own feed
 * (202 with the import's id, 409 IMPORT_RUNNING while one runs, 400 NO_FEED without a feed URL) and
 * {@code GET /v2/import/{id}} reads its progress (404 for another publisher's import).
 */
@Path("import")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ImportV2Resource {

    @Inject
    CallingPublisher calling;

    @Inject
    FeedImports imports;

    @POST
    public Response start() {
        try {
            long id = imports.start(calling.id(), FeedImport.Trigger.API);
            JsonObject data = imports.ofPublisher(calling.id(), id).map(ImportV2Resource::json)
                    .orElseGet(() -> JSON.createObjectBuilder().add("id", id).build());
            return Response.status(202).entity(JSON.createObjectBuilder().add("ok", true).add("data", data).build()
                    .toString()).build();
        } catch (FeedImportLedger.ImportRunning e) {
            throw new PartnerApiException(409, "IMPORT_RUNNING", "An import of your feed is already running (id "
                    + e.importId() + ")");
        } catch (BusinessException e) {
            throw new PartnerApiException(400, "NO_FEED", "No XML feed URL is set for your publisher");
        }
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        long importId;
        try {
            importId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw PartnerApiException.notFound("Import not found");
        }
        FeedImport i = imports.ofPublisher(calling.id(), importId)
                .orElseThrow(() -> PartnerApiException.notFound("Import not found"));
        return Response.ok(JSON.createObjectBuilder().add("ok", true).add("data", json(i)).build().toString()).build();
    }

    static JsonObject json(FeedImport i) {
        JsonObjectBuilder b = JSON.createObjectBuilder().add("id", i.getId()).add("publisherId", i.getPublisherId())
                .add("trigger", i.getTrigger().name()).add("status", i.getStatus().name());
        JsonFields.put(b, "error", i.getError());
        b.add("receivedCount", i.getReceivedCount()).add("createdCount", i.getCreatedCount())
                .add("updatedCount", i.getUpdatedCount()).add("unchangedCount", i.getUnchangedCount())
                .add("deletedCount", i.getDeletedCount()).add("refusedCount", i.getRefusedCount())
                .add("missionCount", i.getMissionCount());
        JsonFields.put(b, "startedAt", i.getStartedAt());
        JsonFields.put(b, "finishedAt", i.getFinishedAt());
        return b.build();
    }
}
