package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.boundary.Diffusions;
import fr.engagement.partners.boundary.Diffusions.OrganizationDiffusion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * {@code /v0/myorganization/{organizationClientId}}: the caller's broadcasters as seen from one of its
 * organisations (excluded or not, clicks of the last 30 days), and the list of broadcasters allowed for it.
 */
@Path("myorganization/{organizationClientId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class MyOrganizationResource {

    @Inject
    Diffusions diffusions;

    @Inject
    CallingPublisher calling;

    @GET
    public JsonObject get(@PathParam("organizationClientId") String organizationClientId) {
        return answer(diffusions.organization(calling.get(), organizationClientId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject put(@PathParam("organizationClientId") String organizationClientId, JsonObject body) {
        JsonObject b = Bodies.required(body);
        List<String> allowed = Bodies.strings(b, "publisherIds", false);
        String name = Bodies.string(b, "organizationName", false);
        return answer(diffusions.allow(calling.get(), organizationClientId, name, allowed));
    }

    private static JsonObject answer(List<OrganizationDiffusion> rows) {
        JsonArrayBuilder data = JSON.createArrayBuilder();
        rows.forEach(r -> data.add(PartnerJson.partner(r.publisher()).add("excluded", r.excluded())
                .add("clicks", r.clicks())));
        return JSON.createObjectBuilder().add("ok", true).add("total", rows.size()).add("data", data).build();
    }
}
