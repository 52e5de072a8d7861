package fr.engagement.partners.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error of the partner API, answered as the peer's envelope {@code {ok:false, code, message}} with the peer's
 * codes (INVALID_QUERY, INVALID_BODY, NOT_FOUND, RESSOURCE_ALREADY_EXIST, FORBIDDEN, UNAUTHORIZED, ...).
 */
public class ApiError extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    public ApiError(int status, String code, String message) {
        super(message, envelope(status, code, message));
    }

    public static Response envelope(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body(code, message).toString()).build();
    }

    public static JsonObject body(String code, String message) {
        return Json.createObjectBuilder().add("ok", false).add("code", code)
                .add("message", message == null ? "" : message).build();
    }

    public static ApiError badQuery(String message) {
        return new ApiError(400, "INVALID_QUERY", message);
    }

    public static ApiError badBody(String message) {
        return new ApiError(400, "INVALID_BODY", message);
    }

    public static ApiError badParams(String message) {
        return new ApiError(400, "INVALID_PARAMS", message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "NOT_FOUND", message);
    }

    public static ApiError forbidden(String message) {
        return new ApiError(403, "FORBIDDEN", message);
    }

    public static ApiError conflict(String message) {
        return new ApiError(409, "RESSOURCE_ALREADY_EXIST", message);
    }
}
