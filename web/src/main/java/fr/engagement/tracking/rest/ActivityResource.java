package fr.engagement.tracking.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.partners.rest.ApiError;
import fr.engagement.partners.rest.CallingPublisher;
import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.tracking.boundary.Activities;
import fr.engagement.tracking.boundary.Activities.Declaration;
import fr.engagement.tracking.boundary.AmbiguousActivityException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/**
 * /v2/activity (§3.7 and the OpenAPI "Activités"): POST declares an application or account, GET reads one by id
 * or clientEventId, PUT sets its status. Answers {@code {ok:true, data: Activity}} with every field of the
 * Activity schema (null when unknown), plus the attribution fields partners reconcile on.
 */
@Path("activity")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ActivityResource {

    private static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    @Inject
    Activities activities;

    @Inject
    CallingPublisher calling;

    @POST
    @Consumes(MediaType.WILDCARD)
    public String create(String body) {
        JsonObject json = object(body);
        Declaration declaration = new Declaration(string(json, "type"), string(json, "clickId"),
                string(json, "missionId"), string(json, "missionClientId"), string(json, "tag"));
        return envelope(call(() -> activities.declare(calling.id(), declaration)));
    }

    @GET
    @Path("{id}")
    public String read(@PathParam("id") String id, @QueryParam("type") String type) {
        if (type != null && !Activities.TYPES.contains(type)) {
            throw PartnerApiException.badQuery("type must be one of: apply, account");
        }
        return envelope(call(() -> activities.find(calling.id(), id, type)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    public String update(@PathParam("id") String id, String body) {
        JsonObject json = object(body);
        String status = string(json, "status");
        if (status == null) {
            throw PartnerApiException.badBody("status is required");
        }
        return envelope(call(() -> activities.changeStatus(calling.id(), id, string(json, "type"), status)));
    }

    private static StatEvent call(Supplier<StatEvent> action) {
        try {
            return action.get();
        } catch (NotFoundException e) {
            throw PartnerApiException.notFound(e.getMessage());
        } catch (AccessDeniedException e) {
            throw PartnerApiException.forbidden(e.getMessage());
        } catch (AmbiguousActivityException e) {
            throw new PartnerApiException(409, "RESSOURCE_ALREADY_EXIST", e.getMessage());
        } catch (BusinessException e) {
            throw PartnerApiException.badBody(e.getMessage());
        }
    }

    static String envelope(StatEvent e) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        data.add("_id", e.getId());
        data.add("id", e.getId());
        data.add("type", e.getType());
        data.add("status", e.getStatus());
        add(data, "clickId", e.getClickId());
        add(data, "missionClientId", e.getMissionClientId());
        add(data, "missionId", e.getMissionId());
        add(data, "tag", e.getTag());
        add(data, "clientEventId", e.getClientEventId());
        add(data, "fromPublisherId", e.getFromPublisherId());
        add(data, "toPublisherId", e.getToPublisherId());
        data.add("source", e.getSource());
        data.add("createdAt", iso(e.getCreatedAt()));
        data.add("updatedAt", iso(e.getUpdatedAt()));
        return JSON.createObjectBuilder().add("ok", true).add("data", data).build().toString();
    }

    private static String iso(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    private static void add(JsonObjectBuilder data, String name, String value) {
        if (value == null) {
            data.addNull(name);
        } else {
            data.add(name, value);
        }
    }

    private static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw PartnerApiException.badBody("A JSON object body is required");
        }
        try (var reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw PartnerApiException.badBody("Invalid JSON body: an object is expected");
        }
    }

    private static String string(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw PartnerApiException.badBody(name + " must be a string");
        }
        String s = json.getString(name).strip();
        return s.isEmpty() ? null : s;
    }
}
