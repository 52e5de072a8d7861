package fr.engagement.it;

import fr.engagement.partners.entity.BotSuspect;
import fr.engagement.partners.entity.Campaign;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.partners.entity.Widget;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The partners, missions, widgets and campaigns the tracking tests start from, written straight through the
 * entities (the feed import and the v2 API are other components), and reads of what the tracking committed.
 * Each method commits on its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class TrackingFixtures {

    @PersistenceContext
    EntityManager em;

    /** A publisher and its API key. */
    public record Partner(String id, String name, String apiKey) {}

    public Partner publisher(String name) {
        Publisher p = new Publisher(name + " " + UUID.randomUUID().toString().substring(0, 6), Instant.now());
        p.setRights(true, true, true);
        p.setAnnouncer(true, "benevolat");
        String key = p.rotateApiKey(Instant.now());
        em.persist(p);
        return new Partner(p.getId(), p.getName(), key);
    }

    /** The announcer wants Matomo's mtm_* parameters on its tracked links (the Service Civique). */
    public void matomo(String publisherId) {
        em.find(Publisher.class, publisherId).setMatomoParams(true);
    }

    /** A live mission of the announcer, with the given application URL; returns its id. */
    public String mission(String announcerId, String clientId, String applicationUrl, String organizationClientId,
            boolean accepted) {
        Instant now = Instant.now();
        PublisherOrganization org = null;
        if (organizationClientId != null) {
            org = new PublisherOrganization(announcerId, organizationClientId, now);
            em.persist(org);
            em.flush();
        }
        PartnerMission m = new PartnerMission(announcerId, clientId, now);
        MissionContent content = new MissionContent("Aide aux devoirs " + clientId, "Accompagner des élèves.", null,
                applicationUrl, null, "benevolat", "education", null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), "no", null, null, null, now, null, null, null, 2, null, false, null,
                null, null, null, null, null, null, null, List.of());
        m.write(content, content.hash(), accepted ? null : "Description trop courte", org, now);
        em.persist(m);
        return m.getId();
    }

    public void diffuses(String broadcasterId, String announcerId, String excludedOrganizationClientId) {
        if (excludedOrganizationClientId == null) {
            diffusesWhere(broadcasterId, announcerId, null, null, null);
        } else {
            diffusesWhere(broadcasterId, announcerId, "publisherOrganization.clientId", "is_not",
                    excludedOrganizationClientId);
        }
    }

    /** A root rule, narrowed by one criterion when {@code field} is given. */
    public void diffusesWhere(String broadcasterId, String announcerId, String field, String operator, String value) {
        DiffusionRule root = DiffusionRule.root(broadcasterId, announcerId, Instant.now());
        em.persist(root);
        em.flush(); // the child's parent_id is a plain column: EclipseLink would not order the two inserts
        if (field != null) {
            em.persist(DiffusionRule.child(root, field, "string", operator, value, Instant.now()));
        }
    }

    public String widget(String name, String broadcasterId) {
        Widget w = new Widget(name + " " + UUID.randomUUID().toString().substring(0, 6), broadcasterId,
                Instant.now());
        em.persist(w);
        return w.getId();
    }

    public String campaign(String name, String url, String fromId, String toId, List<String> trackers) {
        Campaign c = new Campaign(name, "AD_BANNER", url, fromId, toId, trackers, Instant.now());
        em.persist(c);
        return c.getId();
    }

    public StatEvent event(String id) {
        return em.find(StatEvent.class, id);
    }

    /** Every event of a mission, oldest first. */
    public List<StatEvent> events(String missionId) {
        return em.createQuery("SELECT e FROM StatEvent e WHERE e.missionId = :mission ORDER BY e.id", StatEvent.class)
                .setParameter("mission", missionId).getResultList();
    }

    /** Every event a broadcaster generated, oldest first. */
    public List<StatEvent> eventsFrom(String fromId) {
        return em.createQuery("SELECT e FROM StatEvent e WHERE e.fromPublisherId = :from ORDER BY e.id",
                StatEvent.class).setParameter("from", fromId).getResultList();
    }

    /** The daily counts of a broadcaster, summed over days and missions, by type. */
    public long dailyCount(String fromId, String type) {
        Number n = (Number) em.createNativeQuery("SELECT COALESCE(SUM(count), 0) FROM stat_event_daily"
                + " WHERE from_publisher_id = ? AND type = ?").setParameter(1, fromId).setParameter(2, type)
                .getSingleResult();
        return n.longValue();
    }

    /** The events a broadcaster generated that count: those not flagged as a robot's. */
    public long eventCount(String fromId, String type) {
        return em.createQuery("SELECT COUNT(e) FROM StatEvent e WHERE e.fromPublisherId = :from AND e.type = :type"
                + " AND e.bot = false", Long.class).setParameter("from", fromId).setParameter("type", type).getSingleResult();
    }

    public BotSuspect suspect(String userHash) {
        return em.find(BotSuspect.class, userHash);
    }

    /** A block decided on another instance of the cluster: the suspect is blocked, its events not flagged yet. */
    public void blockedElsewhere(String userHash) {
        em.find(BotSuspect.class, userHash).block("Administrateur d'une autre instance", Instant.now());
    }

    /** The secret stored for the tracking tokens (the test deployment sets none). */
    public String storedSecret() {
        return (String) em.createNativeQuery("SELECT value FROM app_secret WHERE name = 'tracking-token'")
                .getSingleResult();
    }
}
