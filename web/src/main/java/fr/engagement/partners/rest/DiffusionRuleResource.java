package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.partners.boundary.Broadcaster;
import fr.engagement.partners.boundary.Diffusions;
import fr.engagement.partners.control.RuleMatch;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * {@code /v0/diffusion-rule}: an announcer's rules under each broadcaster that diffuses it. With {@code field} and
 * {@code value} (both or neither), each broadcaster says whether it would diffuse that value ({@code diffuse}).
 */
@Path("diffusion-rule")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class DiffusionRuleResource {

    @Inject
    Diffusions diffusions;

    @Inject
    CallingPublisher calling;

    @GET
    public JsonObject list(@QueryParam("field") String field, @QueryParam("value") String value) {
        boolean probe = field != null && !field.isBlank();
        if (probe != (value != null && !value.isBlank())) {
            throw PartnerApiException.badQuery("field and value go together");
        }
        List<Broadcaster> broadcasters = diffusions.broadcasters(calling.get());
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Broadcaster b : broadcasters) {
            JsonArrayBuilder rules = JSON.createArrayBuilder();
            b.rules().forEach(r -> rules.add(PartnerJson.rule(r)));
            JsonObjectBuilder o = JSON.createObjectBuilder().add("id", b.publisher().getId())
                    .add("name", b.publisher().getName());
            JsonFields.put(o, "logo", b.publisher().getLogo());
            o.add("rules", rules);
            if (probe) {
                o.add("diffuse", b.rules().stream().noneMatch(r -> RuleMatch.excludes(r, field, value)));
            }
            data.add(o);
        }
        return JSON.createObjectBuilder().add("ok", true).add("total", broadcasters.size()).add("data", data).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonObject b = Bodies.required(body);
        List<String> publisherIds = Bodies.strings(b, "publisherIds", true);
        String field = Bodies.string(b, "field", true);
        String operator = Bodies.string(b, "operator", true);
        String value = Bodies.string(b, "value", true);
        String fieldType = Bodies.string(b, "fieldType", false);
        List<Diffusions.CreatedRule> created = diffusions.createRule(calling.get(), publisherIds, field, fieldType,
                operator, value);
        JsonArrayBuilder data = JSON.createArrayBuilder();
        created.forEach(c -> data.add(PartnerJson.rule(c.rule()).add("publisherId", c.broadcasterId())));
        return Response.status(201).entity(JSON.createObjectBuilder().add("ok", true).add("total", created.size())
                .add("data", data).build()).build();
    }

    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") String id) {
        diffusions.deleteRule(calling.get(), id);
        return JSON.createObjectBuilder().add("ok", true).build();
    }
}
