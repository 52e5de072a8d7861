package fr.engagement.partners.rest;

import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.platform.entity.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the partner API answers the envelope ({@link ApiError}): our refusals
 * ({@link PartnerApiException}) with their status and code, the runtime's own (an
 * unknown route, a wrong method, an unreadable body) with the peer's code for that status, and anything else as
 * SERVER_ERROR, logged, without internals in the answer.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof PartnerApiException refused) {
            return ApiError.envelope(refused.status(), refused.code(), refused.getMessage());
        }
        if (cause instanceof NotFoundException) {
            return ApiError.envelope(404, "NOT_FOUND", "Not found");
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return switch (status) {
                case 400 -> ApiError.envelope(400, "INVALID_BODY", "Invalid request");
                case 404 -> ApiError.envelope(404, "NOT_FOUND", "Not found");
                case 405 -> ApiError.envelope(405, "BAD_REQUEST", "Method not allowed");
                case 406, 415 -> ApiError.envelope(status, "BAD_REQUEST", web.getMessage());
                default -> ApiError.envelope(status, status >= 500 ? "SERVER_ERROR" : "BAD_REQUEST",
                        status >= 500 ? "Internal server error" : web.getMessage());
            };
        }
        if (cause instanceof ProcessingException || cause instanceof jakarta.json.JsonException
                || cause instanceof jakarta.json.bind.JsonbException) {
            return ApiError.envelope(400, "INVALID_BODY", "Invalid JSON body");
        }
        LOG.log(Level.SEVERE, "Partner API failure", failure);
        return ApiError.envelope(500, "SERVER_ERROR", "Internal server error");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof jakarta.ejb.EJBException || t.getClass().getName().endsWith("TransactionRolledbackLocalException"))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
