package fr.engagement.demo.control;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A few weeks of tracking for the demo's statistics: impressions and clicks of live partner missions shown by the
 * platform and by the demo partner, a few applications. Written as the redirect writes them, an event row and its
 * daily count (stat_event_daily, bots excluded), so both reading paths agree.
 */
final class PartnerEvents {

    private static final int ROBOT_CLICKS = 240;
    private static final String ROBOT_HASH = "0d3e5a1f9b7c2e4d6a8b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f";
    private static final String ROBOT_AGENT = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

    private final EntityManager em;
    private final Timeline time;

    PartnerEvents(EntityManager em, Timeline time) {
        this.em = em;
        this.time = time;
    }

    /** Returns the number of events written. */
    int write(List<PartnerMission> announcerMissions, List<PartnerMission> partnerMissions, String announcerId,
            String demoPartnerId) {
        int written = 0;
        for (PartnerMission m : announcerMissions) {
            if (!m.isDiffusable()) {
                continue;
            }
            String broadcaster = time.chance(0.6) ? Publisher.PLATFORM_ID : demoPartnerId;
            int prints = time.between(2, 8);
            for (int i = 0; i < prints; i++) {
                written += event("print", "api", broadcaster, announcerId, m, time.daysAgo(0, 30));
            }
            int clicks = time.between(0, 3);
            for (int i = 0; i < clicks; i++) {
                written += event("click", "api", broadcaster, announcerId, m, time.daysAgo(0, 30));
            }
            if (clicks > 0 && time.chance(0.3)) {
                written += event("apply", "jstag", broadcaster, announcerId, m, time.daysAgo(0, 10));
            }
        }
        for (PartnerMission m : partnerMissions) {
            written += event("click", "widget", Publisher.PLATFORM_ID, demoPartnerId, m, time.daysAgo(0, 20));
        }
        written += robot(announcerMissions, demoPartnerId, announcerId);
        return written;
    }

    /**
     * A robot that says it is a browser: 240 clicks over the last 20 hours, all through the demo partner, none
     * followed by an application. The robots page (/admin/robots.xhtml) finds it when its watch runs.
     */
    private int robot(List<PartnerMission> missions, String broadcaster, String announcerId) {
        List<PartnerMission> live = missions.stream().filter(PartnerMission::isDiffusable).toList();
        if (live.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < ROBOT_CLICKS; i++) {
            Instant at = time.now().minus(Duration.ofMinutes(5L * i + 10));
            event("click", "api", broadcaster, announcerId, live.get(i % live.size()), at, ROBOT_HASH, ROBOT_AGENT);
        }
        return ROBOT_CLICKS;
    }

    private int event(String type, String source, String from, String to, PartnerMission m, Instant at) {
        return event(type, source, from, to, m, at, null, null);
    }

    private int event(String type, String source, String from, String to, PartnerMission m, Instant at,
            String userHash, String userAgent) {
        em.createNativeQuery("INSERT INTO stat_event (id, type, source, created_at, updated_at, from_publisher_id,"
                + " to_publisher_id, mission_id, mission_client_id, status, user_hash, user_agent)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, uuidV7(at)).setParameter(2, type).setParameter(3, source)
                .setParameter(4, Timestamp.from(at)).setParameter(5, Timestamp.from(at)).setParameter(6, from)
                .setParameter(7, to).setParameter(8, m.getId()).setParameter(9, m.getClientId())
                .setParameter(10, "PENDING").setParameter(11, userHash).setParameter(12, userAgent)
                .executeUpdate();
        LocalDate day = at.atZone(fr.engagement.platform.control.ClockProducer.PARIS).toLocalDate();
        em.createNativeQuery("INSERT INTO stat_event_daily (day, mission_id, from_publisher_id, to_publisher_id,"
                + " type, source, count) VALUES (?, ?, ?, ?, ?, ?, 1) ON DUPLICATE KEY UPDATE count = count + 1")
                .setParameter(1, java.sql.Date.valueOf(day)).setParameter(2, m.getId()).setParameter(3, from)
                .setParameter(4, to).setParameter(5, type).setParameter(6, source).executeUpdate();
        return 1;
    }

    /** A time-ordered UUID (version 7), as the tracking writes its ids. */
    private String uuidV7(Instant at) {
        long millis = at.toEpochMilli();
        long high = (millis << 16) | 0x7000L | (time.random().nextInt(0x1000));
        long low = 0x8000000000000000L | (time.random().nextLong() & 0x3FFFFFFFFFFFFFFFL);
        return new UUID(high, low).toString();
    }
}
