package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.boundary.Broadcaster;
import fr.engagement.partners.boundary.Diffusions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /v0/publisher}: the broadcasters that diffuse the caller's missions, with the organisations it excluded. */
@Path("publisher")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PublisherResource {

    @Inject
    Diffusions diffusions;

    @Inject
    CallingPublisher calling;

    @GET
    public JsonObject list() {
        List<Broadcaster> broadcasters = diffusions.broadcasters(calling.get());
        JsonArrayBuilder data = JSON.createArrayBuilder();
        broadcasters.forEach(b -> data.add(PartnerJson.withExclusions(b)));
        return JSON.createObjectBuilder().add("ok", true).add("total", broadcasters.size()).add("data", data).build();
    }

    @GET
    @Path("{id}")
    public JsonObject one(@PathParam("id") String id) {
        return JSON.createObjectBuilder().add("ok", true)
                .add("data", PartnerJson.withExclusions(diffusions.broadcaster(calling.get(), id))).build();
    }
}
