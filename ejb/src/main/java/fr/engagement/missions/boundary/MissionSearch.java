package fr.engagement.missions.boundary;

import fr.engagement.missions.control.SearchSql;
import fr.engagement.missions.entity.MissionType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public mission search, with the statements of {@link SearchSql} (shared with the benchmark). Results come as
 * {@link MissionHit} projections: one query per page and one count, no entity loading.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MissionSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public SearchPage search(SearchCriteria c, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 50));
        int safePage = Math.max(0, page);
        SearchSql.Statements sql = SearchSql.build(c, LocalDate.now(clock), safePage, safeSize);
        Query pageQuery = em.createNativeQuery(sql.page());
        Query countQuery = em.createNativeQuery(sql.count());
        for (Query q : List.of(pageQuery, countQuery)) {
            for (int i = 0; i < sql.args().size(); i++) {
                q.setParameter(i + 1, sql.args().get(i));
            }
        }
        List<MissionHit> hits = new ArrayList<>();
        for (Object row : pageQuery.getResultList()) {
            hits.add(hit((Object[]) row));
        }
        long total = ((Number) countQuery.getSingleResult()).longValue();
        return new SearchPage(hits, total, safePage, safeSize);
    }

    private static MissionHit hit(Object[] r) {
        return new MissionHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], MissionType.valueOf((String) r[6]).label(), ((Number) r[7]).intValue(),
                bool(r[8]), localDate(r[9]), localDate(r[10]), r[11] == null ? null : ((Number) r[11]).doubleValue());
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }

    private static LocalDate localDate(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : ((java.sql.Date) o).toLocalDate();
    }
}
