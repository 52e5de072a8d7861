package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.boundary.Catalogue;
import fr.engagement.partners.control.CatalogueEntry;
import fr.engagement.partners.control.CatalogueQuery;
import fr.engagement.partners.control.CatalogueQueryParser;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The broadcaster's mission routes ({@code GET mission}, {@code mission/search}, {@code mission/{id}}), the same
 * under /v0 and /v2 (each version has its subclass with the class-level path). Only reads: the v2 writes live in
 * their own resource.
 */
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public abstract class MissionReadResource {

    @Inject
    Catalogue catalogue;

    @Inject
    CallingPublisher calling;

    @Inject
    @ConfigProperty(name = "app.base-url")
    String baseUrl;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list() {
        CatalogueQuery query = CatalogueQueryParser.parse(uri.getQueryParameters());
        Catalogue.Page page = catalogue.search(calling.get(), query, false);
        return JSON.createObjectBuilder().add("ok", true).add("total", page.total()).add("limit", query.limit())
                .add("skip", query.skip()).add("data", missions(page.entries(), false)).build();
    }

    @GET
    @Path("search")
    public JsonObject search() {
        CatalogueQuery query = CatalogueQueryParser.parse(uri.getQueryParameters());
        Catalogue.Page page = catalogue.search(calling.get(), query, true);
        Catalogue.Facets f = page.facets();
        return JSON.createObjectBuilder().add("ok", true).add("total", page.total()).add("limit", query.limit())
                .add("skip", query.skip()).add("hits", missions(page.entries(), true))
                .add("facets", JSON.createObjectBuilder().add("departmentName", buckets(f.departmentNames()))
                        .add("activities", buckets(f.activities())).add("domains", buckets(f.domains())))
                .build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String id) {
        CatalogueEntry entry = catalogue.diffused(calling.get(), id);
        return JSON.createObjectBuilder().add("ok", true).add("data", MissionJson.legacy(entry, base(), calling.id()))
                .build();
    }

    private JsonArrayBuilder missions(List<CatalogueEntry> entries, boolean withDistance) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (CatalogueEntry e : entries) {
            JsonObjectBuilder json = MissionJson.legacy(e, base(), calling.id());
            if (withDistance) {
                JsonFields.put(json, "_distance", e.distanceKm());
            }
            data.add(json);
        }
        return data;
    }

    static JsonArrayBuilder buckets(List<Catalogue.Bucket> buckets) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        buckets.forEach(b -> a.add(JSON.createObjectBuilder().add("key", b.key()).add("doc_count", b.count())));
        return a;
    }

    String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
