package fr.engagement.partners.rest;

import fr.engagement.partners.boundary.Publishers;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates partner API calls by the {@code x-api-key} header (or the legacy {@code apikey}), and answers the
 * documented JSON 401 otherwise — the peer's code answers plain text there; its documentation, which we follow,
 * answers JSON. CORS preflight requests pass: browsers send them without the key.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    @Inject
    Publishers publishers;

    @Inject
    CallingPublisher calling;

    @Override
    public void filter(ContainerRequestContext request) {
        if ("OPTIONS".equals(request.getMethod())) {
            return;
        }
        String key = request.getHeaderString("x-api-key");
        if (key == null || key.isBlank()) {
            key = request.getHeaderString("apikey");
        }
        publishers.authenticate(key).ifPresentOrElse(calling::set,
                () -> request.abortWith(ApiError.envelope(401, "UNAUTHORIZED", "Unauthorized")));
    }
}
