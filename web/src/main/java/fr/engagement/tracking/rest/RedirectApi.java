package fr.engagement.tracking.rest;

import fr.engagement.partners.rest.ApiExceptionMapper;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The pixels and conversions under {@code /r} (§5): no API key, a limit per client address, CORS open. The tracked
 * links themselves are answered before Jersey, by {@link ClickRoutes}. Its classes are listed, as those of the
 * partner API, so that no resource of another application appears here.
 */
@ApplicationPath("r")
public class RedirectApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ConversionResource.class, AddressRateLimit.class, PublicCors.class,
                ApiExceptionMapper.class);
    }
}
