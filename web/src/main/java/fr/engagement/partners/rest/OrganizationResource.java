package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.boundary.Diffusions;
import fr.engagement.partners.control.CatalogueQueryParser;
import fr.engagement.partners.entity.PublisherOrganization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * {@code GET /v0/organization}: the peer searches the national RNA registry, which we do not hold; we search the
 * organisations the publishers declared with their missions (the platform's structures among them once projected),
 * by name (substring), RNA, SIRET or SIREN. {@code _id} is our id of that declaration.
 */
@Path("organization")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OrganizationResource {

    @Inject
    Diffusions diffusions;

    @Context
    UriInfo uri;

    @GET
    public JsonObject search() {
        var params = uri.getQueryParameters();
        int limit = CatalogueQueryParser.integer(params, "limit", 25, 0, 100);
        int skip = CatalogueQueryParser.integer(params, "skip", 0, 0, Integer.MAX_VALUE);
        List<PublisherOrganization> found = diffusions.searchOrganizations(params.getFirst("q"),
                params.getFirst("rna"), params.getFirst("siret"), limit, skip);
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (PublisherOrganization o : found) {
            JsonObjectBuilder json = JSON.createObjectBuilder().add("_id", String.valueOf(o.getId()))
                    .add("title", JsonFields.orEmpty(o.getName()));
            JsonFields.put(json, "rna", o.getRna());
            JsonFields.put(json, "siret", o.getSiret());
            JsonFields.put(json, "siren", o.getSiren());
            JsonFields.put(json, "status", o.getLegalStatus());
            JsonFields.put(json, "city", o.getCity());
            JsonFields.put(json, "postalCode", o.getPostalCode());
            JsonFields.put(json, "publisherId", o.getPublisherId());
            JsonFields.put(json, "clientId", o.getClientId());
            data.add(json);
        }
        return JSON.createObjectBuilder().add("ok", true).add("limit", limit)
                .add("skip", skip).add("data", data).build();
    }
}
