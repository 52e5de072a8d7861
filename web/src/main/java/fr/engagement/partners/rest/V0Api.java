package fr.engagement.partners.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import fr.engagement.tracking.rest.PublisherRateLimit;
import java.util.Set;

/**
 * The read API of the contract under {@code /v0}. Its classes are listed, not scanned: each version is its own
 * application, and a scan would publish every resource under every version.
 */
@ApplicationPath("v0")
public class V0Api extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(BodyLimit.class, ApiKeyFilter.class, PublisherRateLimit.class, ApiExceptionMapper.class,
                V0MissionResource.class, MyMissionResource.class, PublisherResource.class, MyOrganizationResource.class,
                DiffusionRuleResource.class, OrganizationResource.class);
    }
}
