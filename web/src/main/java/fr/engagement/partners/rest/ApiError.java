package fr.engagement.partners.rest;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The peer's error envelope {@code {ok:false, code, message}} with its codes (INVALID_QUERY, INVALID_BODY,
 * NOT_FOUND, RESSOURCE_ALREADY_EXIST, FORBIDDEN, UNAUTHORIZED, TOO_MANY_REQUESTS, ...). Refusals themselves are
 * {@link fr.engagement.partners.control.PartnerApiException}s, thrown by boundaries and resources alike.
 */
public final class ApiError {

    private ApiError() {}

    public static Response envelope(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(code, message).toString()).build();
    }

    public static JsonObject body(String code, String message) {
        return JSON.createObjectBuilder().add("ok", false).add("code", code)
                .add("message", message == null ? "" : message).build();
    }
}
