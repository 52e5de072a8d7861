package fr.engagement.missions.boundary;

import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.BoundingBox;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public mission search. Around a point, the addresses' index answers a bounding box (searchable, latitude,
 * longitude) and the exact great-circle distance refines it; filters then apply to the few missions left.
 * Results come as {@link MissionHit} projections: one query per page, no entity loading.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MissionSearch {

    private static final String HIT_COLUMNS = "m.id, m.title, s.name, "
            + "(SELECT fa.city FROM mission_address fa WHERE fa.mission_id = m.id AND fa.position = 0), "
            + "m.department_code, d.name, m.type, m.places - m.places_taken, m.open_to_minors, m.start_date, m.end_date";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public SearchPage search(SearchCriteria c, int page, int size) {
        int safeSize = Math.max(1, Math.min(size, 50));
        int safePage = Math.max(0, page);
        List<Object> args = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        StringBuilder where = new StringBuilder(" WHERE m.searchable = TRUE AND (m.end_date IS NULL OR m.end_date >= ")
                .append(arg(args, Date.valueOf(LocalDate.now(clock)))).append(')');
        boolean geo = c.around() != null && c.type() != MissionType.REMOTE;
        if (geo) {
            BoundingBox box = c.around().boxAround(c.radiusKm());
            String lat = arg(args, c.around().latitude());
            String lon = arg(args, c.around().longitude());
            String distance = "6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - " + lat + ") / 2), 2) + COS(RADIANS("
                    + lat + ")) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - " + lon + ") / 2), 2)))";
            from.append(" FROM (SELECT a.mission_id, MIN(").append(distance).append(") AS distance")
                    .append(" FROM mission_address a WHERE a.searchable = TRUE AND a.latitude BETWEEN ")
                    .append(arg(args, box.minLatitude())).append(" AND ").append(arg(args, box.maxLatitude()))
                    .append(" AND a.longitude BETWEEN ").append(arg(args, box.minLongitude())).append(" AND ")
                    .append(arg(args, box.maxLongitude())).append(" GROUP BY a.mission_id HAVING distance <= ")
                    .append(arg(args, (double) c.radiusKm())).append(") g JOIN mission m ON m.id = g.mission_id");
        } else {
            from.append(" FROM mission m");
        }
        from.append(" JOIN structure s ON s.id = m.structure_id JOIN domain d ON d.id = m.domain_id");
        if (c.type() != null) {
            where.append(" AND m.type = ").append(arg(args, c.type().name()));
        }
        if (c.domainId() != null) {
            String domain = arg(args, c.domainId());
            where.append(" AND (m.domain_id = ").append(domain).append(" OR m.secondary_domain_id = ").append(domain)
                    .append(')');
        }
        if (c.activityId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM mission_activity ma WHERE ma.mission_id = m.id"
                    + " AND ma.activity_id = ").append(arg(args, c.activityId())).append(')');
        }
        if (c.minorsOnly()) {
            where.append(" AND m.open_to_minors = TRUE");
        }
        if (c.from() != null) {
            where.append(" AND (m.end_date IS NULL OR m.end_date >= ").append(arg(args, Date.valueOf(c.from())))
                    .append(')');
        }
        if (c.to() != null) {
            where.append(" AND m.start_date <= ").append(arg(args, Date.valueOf(c.to())));
        }
        String order = geo ? " ORDER BY g.distance, m.id" : " ORDER BY m.start_date, m.id";
        Query pageQuery = em.createNativeQuery("SELECT " + HIT_COLUMNS + (geo ? ", g.distance" : ", NULL")
                + from + where + order + " LIMIT " + safeSize + " OFFSET " + (safePage * safeSize));
        Query countQuery = em.createNativeQuery("SELECT COUNT(*)" + from + where);
        for (Query q : List.of(pageQuery, countQuery)) {
            for (int i = 0; i < args.size(); i++) {
                q.setParameter(i + 1, args.get(i));
            }
        }
        List<MissionHit> hits = new ArrayList<>();
        for (Object row : pageQuery.getResultList()) {
            hits.add(hit((Object[]) row));
        }
        long total = ((Number) countQuery.getSingleResult()).longValue();
        return new SearchPage(hits, total, safePage, safeSize);
    }

    /** Adds a bound value and returns its numbered placeholder: user input never becomes SQL text. */
    private static String arg(List<Object> args, Object value) {
        args.add(value);
        return "?" + args.size();
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
