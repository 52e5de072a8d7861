package fr.engagement.tracking.control;

import fr.engagement.partners.entity.Campaign;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.Widget;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * What the redirects read about missions, publishers, widgets and campaigns, cached a minute ({@link TtlCache}):
 * each read is one narrow query by primary key on a miss, none on a hit.
 */
@ApplicationScoped
public class TrackingDirectory {

    static final Duration TTL = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 50_000;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    Clock clock;

    private TtlCache<String, MissionTarget> missions;
    private TtlCache<String, String> publisherNames;
    private TtlCache<String, WidgetRef> widgets;
    private TtlCache<String, CampaignRef> campaigns;

    /** The mission fields a redirect and an attribution need. */
    /** {@code matomo}: its announcer wants mtm_* attribution parameters instead of utm_*. */
    public record MissionTarget(String id, String publisherId, String clientId, String applicationUrl,
            boolean live, boolean matomo) {}

    /** What a redirect reads of a widget: its owner and its name. */
    public record WidgetRef(String id, String name, String fromPublisherId) {}

    /** What a redirect reads of a campaign. */
    public record CampaignRef(String id, String name, String url, String fromPublisherId, String toPublisherId,
            java.util.List<String> trackers) {}

    @PostConstruct
    void init() {
        missions = new TtlCache<>(clock, TTL, MAX_ENTRIES);
        publisherNames = new TtlCache<>(clock, TTL, 10_000);
        widgets = new TtlCache<>(clock, TTL, 10_000);
        campaigns = new TtlCache<>(clock, TTL, 10_000);
    }

    public Optional<MissionTarget> mission(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return missions.get(id, key -> em.createQuery("SELECT m.publisherId, m.clientId, m.applicationUrl,"
                + " m.statusCode, m.deletedAt, p.matomoParams FROM PartnerMission m, Publisher p"
                + " WHERE m.id = :id AND p.id = m.publisherId", Object[].class).setParameter("id", key)
                .getResultStream().findFirst()
                .map(row -> new MissionTarget(key, (String) row[0], (String) row[1], (String) row[2],
                        PartnerMission.ACCEPTED.equals(row[3]) && row[4] == null, Boolean.TRUE.equals(row[5]))));
    }

    /** The name of a live publisher; empty for an unknown or deleted one. */
    public Optional<String> publisherName(String id) {
        if (id == null || id.length() > 24) {
            return Optional.empty();
        }
        return publisherNames.get(id, key -> Optional.ofNullable(em.find(Publisher.class, key))
                .filter(p -> !p.isDeleted()).map(Publisher::getName));
    }

    /** A widget that is neither deleted nor switched off. */
    public Optional<WidgetRef> widget(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return widgets.get(id, key -> Optional.ofNullable(em.find(Widget.class, key))
                .filter(w -> w.isActive() && w.getDeletedAt() == null)
                .map(w -> new WidgetRef(w.getId(), w.getName(), w.getFromPublisherId())));
    }

    /** A campaign that is neither deleted nor switched off. */
    public Optional<CampaignRef> campaign(String id) {
        if (id == null || id.length() > 36) {
            return Optional.empty();
        }
        return campaigns.get(id, key -> Optional.ofNullable(em.find(Campaign.class, key))
                .filter(c -> c.isActive() && c.getDeletedAt() == null)
                .map(c -> new CampaignRef(c.getId(), c.getName(), c.getUrl(), c.getFromPublisherId(),
                        c.getToPublisherId(), java.util.List.copyOf(c.getTrackers()))));
    }
}
