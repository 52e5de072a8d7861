package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.boundary.Catalogue;
import fr.engagement.partners.boundary.MissionStats;
import fr.engagement.partners.control.CatalogueEntry;
import fr.engagement.partners.control.CatalogueQueryParser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code /v0/mymission}: an announcer reads its own missions (not deleted, whatever their review: a refused mission
 * shows its statusComment), one of them by clientId (deleted included) with its clicks and applications per
 * broadcaster, or only these statistics. The applicationUrl is the announcer's own, not the tracked redirect.
 */
@Path("mymission")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MyMissionResource {

    static final int DEFAULT_LIMIT = 50;

    @Inject
    Catalogue catalogue;

    @Inject
    CallingPublisher calling;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        var params = uri.getQueryParameters();
        int limit = CatalogueQueryParser.integer(params, "limit", DEFAULT_LIMIT, 0, CatalogueQueryParser.MAX_LIMIT);
        int skip = CatalogueQueryParser.integer(params, "skip", 0, 0, Integer.MAX_VALUE);
        Catalogue.Page page = catalogue.mine(calling.get(), limit, skip);
        JsonArrayBuilder data = JSON.createArrayBuilder();
        page.entries().forEach(e -> data.add(MissionJson.legacy(e, null, null)));
        return JSON.createObjectBuilder().add("ok", true).add("total", page.total()).add("limit", limit)
                .add("skip", skip).add("data", data).build();
    }

    @GET
    @Path("{clientId}")
    public JsonObject one(@PathParam("clientId") String clientId) {
        CatalogueEntry entry = catalogue.mine(calling.get(), clientId);
        MissionStats stats = catalogue.stats(calling.get(), clientId);
        JsonObjectBuilder json = MissionJson.legacy(entry, null, null).add("stats", stats(stats));
        return JSON.createObjectBuilder().add("ok", true).add("data", json).build();
    }

    @GET
    @Path("{clientId}/stats")
    public JsonObject stats(@PathParam("clientId") String clientId) {
        return JSON.createObjectBuilder().add("ok", true)
                .add("data", stats(catalogue.stats(calling.get(), clientId))).build();
    }

    private static JsonObjectBuilder stats(MissionStats stats) {
        return JSON.createObjectBuilder().add("clicks", buckets(stats.clicks()))
                .add("applications", buckets(stats.applications()));
    }

    private static JsonArrayBuilder buckets(List<MissionStats.Bucket> buckets) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (MissionStats.Bucket b : buckets) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("key", b.key());
            JsonFields.put(o, "name", b.name());
            a.add(o.add("doc_count", b.count()));
        }
        return a;
    }
}
