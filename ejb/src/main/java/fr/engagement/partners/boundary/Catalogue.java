package fr.engagement.partners.boundary;

import fr.engagement.partners.control.CatalogueEntry;
import fr.engagement.partners.control.CatalogueLoader;
import fr.engagement.partners.control.CatalogueQuery;
import fr.engagement.partners.control.CatalogueSql;
import fr.engagement.partners.control.DiffusionRules;
import fr.engagement.partners.control.DiffusionScope;
import fr.engagement.partners.control.PartnerApiException;
import fr.engagement.partners.control.SearchIndex;
import fr.engagement.partners.control.SqlArgs;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shared catalogue as the partners read it: a broadcaster searches the missions its diffusion rules give it
 * (v0/v2 mission routes); an announcer reads its own missions, whatever their status, with their statistics.
 */
@Stateless
public class Catalogue {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    DiffusionRules rules;

    @Inject
    CatalogueLoader loader;

    @EJB
    CatalogueIndexer indexer;

    /** Most frequent first, then by value. */
    private static final java.util.Comparator<Bucket> BY_COUNT = (a, b) -> a.count() != b.count()
            ? Long.compare(b.count(), a.count()) : a.key().compareTo(b.key());

    /** One facet: a value and how many matching missions have it. */
    public record Bucket(String key, long count) {}

    public record Facets(List<Bucket> domains, List<Bucket> activities, List<Bucket> departmentNames) {}

    /** A page of results, the exact count of all results, and the facets when asked. */
    public record Page(long total, List<CatalogueEntry> entries, Facets facets) {}

    /** Missions diffused to {@code caller} matching {@code query}; facets over all of them when asked. */
    public Page search(Publisher caller, CatalogueQuery query, boolean withFacets) {
        DiffusionScope scope = rules.scopeOf(caller.getId());
        if (query.indexOnlyAroundPoint() && !scope.readsMission(query.publishers())) {
            Optional<SearchIndex> index = indexer.current();
            if (index.isPresent()) {
                return indexed(index.get(), query, scope, withFacets);
            }
        }
        CatalogueSql.Statements sql = CatalogueSql.build(query, scope);
        List<String> ids = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        Long total = null;
        if (query.limit() > 0) {
            for (Object row : bind(em.createNativeQuery(sql.page()), sql.args()).getResultList()) {
                Object[] columns = (Object[]) row;
                ids.add((String) columns[0]);
                distances.add(columns[1] == null ? null : ((Number) columns[1]).doubleValue());
                if (sql.pageCounts()) {
                    total = ((Number) columns[3]).longValue();
                }
            }
        }
        if (total == null) {
            total = ((Number) bind(em.createNativeQuery(sql.count()), sql.args()).getSingleResult()).longValue();
        }
        Facets facets = withFacets ? new Facets(buckets(sql.domainFacet(), sql.args()),
                buckets(sql.activityFacet(), sql.args()), buckets(sql.departmentFacet(), sql.args())) : null;
        return new Page(total, loader.load(ids, distances), facets);
    }

    /**
     * The same search answered by the search index: ids, total and facets from it, the page's missions from the
     * database, their distance from their stored coordinates (nearest address).
     */
    private Page indexed(SearchIndex index, CatalogueQuery query, DiffusionScope scope, boolean withFacets) {
        CatalogueQuery.Around around = query.around();
        List<SearchIndex.Grant> grants = scope.grants(query.publishers(), (sql, args) -> {
            List<Object[]> rows = new ArrayList<>();
            for (Object row : bind(em.createNativeQuery(sql), args).getResultList()) {
                rows.add((Object[]) row);
            }
            return rows;
        });
        SearchIndex.Result result;
        try {
            result = index.search(new SearchIndex.Request(around.latitude(), around.longitude(), around.radiusKm(),
                    query.domains(), grants, query.sort() == CatalogueQuery.Sort.DISTANCE, query.skip(),
                    query.limit(), withFacets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CatalogueEntry> entries = loader.load(result.ids(), null).stream()
                .map(e -> new CatalogueEntry(e.mission(), e.publisher(), around.nearestKm(e.mission().getAddresses())))
                .toList();
        Facets facets = withFacets ? new Facets(sorted(result.domains()), sorted(result.activities()),
                sorted(result.departments())) : null;
        return new Page(result.total(), entries, facets);
    }

    private static List<Bucket> sorted(Map<String, Long> counts) {
        List<Bucket> buckets = new ArrayList<>();
        counts.forEach((k, v) -> buckets.add(new Bucket(k, v)));
        buckets.sort(BY_COUNT);
        return buckets;
    }

    /** A mission diffused to {@code caller}: accepted, not deleted, within its rules; else NOT_FOUND. */
    public CatalogueEntry diffused(Publisher caller, String missionId) {
        if (!isDiffused(caller.getId(), missionId)) {
            throw PartnerApiException.notFound("Mission not found");
        }
        return loader.load(List.of(missionId), null).get(0);
    }

    /**
     * Whether the broadcaster may use that mission (accepted, not deleted, within its rules): the one decision
     * behind the mission routes and the activities a broadcaster declares, compiled by {@link DiffusionScope}.
     */
    public boolean isDiffused(String broadcasterId, String missionId) {
        SqlArgs args = new SqlArgs();
        String sql = CatalogueSql.diffusedId(rules.scopeOf(broadcasterId), args, missionId);
        return !bind(em.createNativeQuery(sql), args.values()).getResultList().isEmpty();
    }

    /** The caller's own missions not deleted, whatever their review (a refused one shows why), newest first. */
    public Page mine(Publisher caller, int limit, int skip) {
        long total = em.createQuery("SELECT COUNT(m) FROM PartnerMission m WHERE m.publisherId = :p"
                + " AND m.deletedAt IS NULL", Long.class).setParameter("p", caller.getId()).getSingleResult();
        List<String> ids = limit == 0 ? List.of() : em.createQuery("SELECT m.id FROM PartnerMission m"
                + " WHERE m.publisherId = :p AND m.deletedAt IS NULL ORDER BY m.createdAt DESC, m.id", String.class)
                .setParameter("p", caller.getId()).setFirstResult(skip).setMaxResults(limit).getResultList();
        return new Page(total, loader.load(ids, null), null);
    }

    /** One of the caller's missions by its clientId, deleted or refused included; else NOT_FOUND. */
    public CatalogueEntry mine(Publisher caller, String clientId) {
        PartnerMission m = em.createNamedQuery(PartnerMission.BY_CLIENT_ID, PartnerMission.class)
                .setParameter("publisher", caller.getId()).setParameter("clientId", clientId).getResultStream()
                .findFirst().orElseThrow(() -> PartnerApiException.notFound("Mission not found"));
        return loader.load(List.of(m.getId()), null).get(0);
    }

    /** Clicks and applications of one of the caller's missions, per broadcaster; NOT_FOUND if not its own. */
    public MissionStats stats(Publisher caller, String clientId) {
        return MissionStats.of(em, mine(caller, clientId).mission().getId());
    }

    private List<Bucket> buckets(String sql, List<Object> args) {
        List<Bucket> buckets = new ArrayList<>();
        for (Object row : bind(em.createNativeQuery(sql), args).getResultList()) {
            Object[] columns = (Object[]) row;
            buckets.add(new Bucket((String) columns[0], ((Number) columns[1]).longValue()));
        }
        buckets.sort(BY_COUNT);
        return buckets;
    }

    /** Binds the numbered parameters that the statement uses. */
    static Query bind(Query query, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        return query;
    }
}
