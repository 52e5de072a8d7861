package fr.engagement.partners.boundary;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Clicks and applications of one mission per broadcaster, from the daily counts ({@code stat_event_daily}, bots
 * excluded when counted), with the broadcasters' names: the peer's {@code stats} of {@code /v0/mymission}.
 */
public record MissionStats(List<Bucket> clicks, List<Bucket> applications) {

    /** A broadcaster ({@code key}), its name, and its count. */
    public record Bucket(String key, String name, long count) {}

    static MissionStats of(EntityManager em, String missionId) {
        List<Bucket> clicks = new ArrayList<>();
        List<Bucket> applications = new ArrayList<>();
        // ix_stat_event_daily_mission (mission_id, type, from_publisher_id)
        List<?> rows = em.createNativeQuery("SELECT d.type, d.from_publisher_id, p.name, SUM(d.count)"
                + " FROM stat_event_daily d LEFT JOIN publisher p ON p.id = d.from_publisher_id"
                + " WHERE d.mission_id = ?1 AND d.type IN ('click', 'apply')"
                + " GROUP BY d.type, d.from_publisher_id, p.name ORDER BY SUM(d.count) DESC, d.from_publisher_id")
                .setParameter(1, missionId).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            Bucket b = new Bucket((String) c[1], (String) c[2], ((Number) c[3]).longValue());
            ("click".equals(c[0]) ? clicks : applications).add(b);
        }
        return new MissionStats(List.copyOf(clicks), List.copyOf(applications));
    }
}
