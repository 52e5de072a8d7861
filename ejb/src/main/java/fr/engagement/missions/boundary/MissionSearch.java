package fr.engagement.missions.boundary;

import fr.engagement.missions.control.PartnerSearchSql;
import fr.engagement.missions.control.SearchSql;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.control.DiffusionRules;
import fr.engagement.partners.control.DiffusionScope;
import fr.engagement.partners.entity.Publisher;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The public mission search, with the statements of {@link SearchSql} (shared with the benchmark). Results come as
 * {@link MissionHit} projections: one query per page and one count, no entity loading.
 * <p>
 * When the platform diffuses partners (root diffusion rules of the platform publisher), their live missions are
 * searched too ({@link PartnerSearchSql}) and merged in the same order (distance, or soonest first): the first
 * (page + 1) × size hits of each side are enough to cut any page exactly, and the total is the sum of both counts.
 * Without such rules the search is exactly the platform's, with its benchmarked statements.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MissionSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DiffusionRules rules;

    public SearchPage search(SearchCriteria c, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 50));
        int safePage = Math.max(0, page);
        LocalDate today = LocalDate.now(clock);
        PartnerSearchSql.Scope scope = partnerScope(c);
        if (scope == null) {
            SearchSql.Statements sql = SearchSql.build(c, today, safePage, safeSize);
            List<MissionHit> hits = run(sql.page(), sql.args(), MissionSearch::hit);
            return new SearchPage(hits, count(sql), safePage, safeSize);
        }
        int window = (safePage + 1) * safeSize;
        SearchSql.Statements ours = SearchSql.build(c, today, 0, window);
        SearchSql.Statements theirs = PartnerSearchSql.build(c, scope, today, window);
        List<MissionHit> merged = merge(run(ours.page(), ours.args(), MissionSearch::hit),
                run(theirs.page(), theirs.args(), MissionSearch::partnerHit), c.around() != null
                        && c.type() != MissionType.REMOTE);
        int from = Math.min(merged.size(), safePage * safeSize);
        List<MissionHit> hits = List.copyOf(merged.subList(from, Math.min(merged.size(), from + safeSize)));
        return new SearchPage(hits, count(ours) + count(theirs), safePage, safeSize);
    }

    /**
     * Both lists in the search's order, merged in that order (ours first on a tie). Each side keeps its own order,
     * so a page cut from the merge is the page of the union.
     */
    static List<MissionHit> merge(List<MissionHit> ours, List<MissionHit> theirs, boolean byDistance) {
        List<MissionHit> merged = new ArrayList<>(ours.size() + theirs.size());
        int i = 0;
        int j = 0;
        while (i < ours.size() || j < theirs.size()) {
            if (j >= theirs.size() || (i < ours.size() && !after(ours.get(i), theirs.get(j), byDistance))) {
                merged.add(ours.get(i++));
            } else {
                merged.add(theirs.get(j++));
            }
        }
        return merged;
    }

    private static boolean after(MissionHit a, MissionHit b, boolean byDistance) {
        if (byDistance) {
            return a.distanceKm() != null && b.distanceKm() != null && a.distanceKm() > b.distanceKm();
        }
        LocalDate x = a.startDate() == null ? LocalDate.MIN : a.startDate();
        LocalDate y = b.startDate() == null ? LocalDate.MIN : b.startDate();
        return x.isAfter(y);
    }

    /**
     * The platform's diffusion rules and the announcers they give, or null when there are none (or when the
     * criteria's domain or activity has no partner counterpart).
     */
    private PartnerSearchSql.Scope partnerScope(SearchCriteria c) {
        DiffusionScope diffusion = rules.scopeOf(Publisher.PLATFORM_ID);
        List<String> announcers = diffusion.publishers().stream().filter(p -> !p.equals(Publisher.PLATFORM_ID))
                .toList();
        if (announcers.isEmpty()) {
            return null;
        }
        String domainSlug = null;
        if (c.domainId() != null) {
            Domain d = em.find(Domain.class, c.domainId());
            if (d == null || d.getPartnerSlug() == null) {
                return null;
            }
            domainSlug = d.getPartnerSlug();
        }
        String activitySlug = null;
        if (c.activityId() != null) {
            Activity a = em.find(Activity.class, c.activityId());
            if (a == null || a.getPartnerSlug() == null) {
                return null;
            }
            activitySlug = a.getPartnerSlug();
        }
        return new PartnerSearchSql.Scope(diffusion, announcers, domainSlug, activitySlug);
    }

    private <T> List<T> run(String sql, List<Object> args, Function<Object[], T> mapper) {
        Query q = em.createNativeQuery(sql);
        bind(q, args);
        List<T> rows = new ArrayList<>();
        for (Object row : q.getResultList()) {
            rows.add(mapper.apply((Object[]) row));
        }
        return rows;
    }

    private long count(SearchSql.Statements sql) {
        Query q = em.createNativeQuery(sql.count());
        bind(q, sql.args());
        return ((Number) q.getSingleResult()).longValue();
    }

    private static void bind(Query q, List<Object> args) {
        for (int i = 0; i < args.size(); i++) {
            q.setParameter(i + 1, args.get(i));
        }
    }

    private static MissionHit hit(Object[] r) {
        return new MissionHit(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], MissionType.valueOf((String) r[6]).label(), ((Number) r[7]).intValue(),
                bool(r[8]), localDate(r[9]), localDate(r[10]), r[11] == null ? null : ((Number) r[11]).doubleValue(),
                null, null);
    }

    private static MissionHit partnerHit(Object[] r) {
        MissionType type = "full".equals(r[6]) ? MissionType.REMOTE : MissionType.ON_SITE;
        return new MissionHit(0, (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                type.label(), r[7] == null ? 1 : ((Number) r[7]).intValue(), bool(r[8]), day(r[9]), day(r[10]),
                r[11] == null ? null : ((Number) r[11]).doubleValue(), (String) r[0], (String) r[12]);
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

    /** A catalogue instant as the day it falls on in France. */
    private static LocalDate day(Object o) {
        Instant instant;
        if (o == null) {
            return null;
        } else if (o instanceof java.sql.Timestamp t) {
            instant = t.toInstant();
        } else if (o instanceof java.time.LocalDateTime t) {
            instant = java.sql.Timestamp.valueOf(t).toInstant();
        } else if (o instanceof Instant i) {
            instant = i;
        } else {
            throw new IllegalStateException("unexpected date value " + o.getClass());
        }
        return instant.atZone(java.time.ZoneId.of("Europe/Paris")).toLocalDate();
    }
}
