package fr.engagement.partners.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while the first build of the catalogue's search index runs (about a minute at 1,000,000 missions): the
 * geo searches would all go to the database, which cannot answer them within the service level. A failed build
 * leaves the instance ready, searching in SQL, and says why.
 */
@Readiness
@ApplicationScoped
public class SearchIndexReadiness implements HealthCheck {

    @EJB
    CatalogueIndexer indexer;

    @Override
    public HealthCheckResponse call() {
        CatalogueIndexer.State state = indexer.state();
        var response = HealthCheckResponse.named("catalogue-search-index").status(!state.name().equals("building"))
                .withData("state", state.name()).withData("missions", state.missions())
                .withData("changeLogPosition", state.applied()).withData("searches", state.searches())
                .withData("sqlFallbacks", state.sqlFallbacks());
        return (state.failure() == null ? response : response.withData("lastFailure", state.failure())).build();
    }
}
