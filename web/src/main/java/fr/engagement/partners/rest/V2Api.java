package fr.engagement.partners.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import fr.engagement.tracking.rest.ActivityResource;
import fr.engagement.tracking.rest.PublisherRateLimit;
import java.util.Set;

/** The write API of the contract under {@code /v2} (missions CRUD, activity); see {@link V0Api}. */
@ApplicationPath("v2")
public class V2Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BodyLimit.class, ApiKeyFilter.class, PublisherRateLimit.class, ApiExceptionMapper.class,
                V2MissionReadResource.class, MissionV2Resource.class, ImportV2Resource.class, ActivityResource.class);
    }
}
