package fr.engagement.tracking.boundary;

import static fr.engagement.platform.entity.JsonProviders.JSON;

import fr.engagement.partners.entity.StatEvent;
import fr.engagement.tracking.control.BlockedVisitors;
import fr.engagement.tracking.control.DataGrid;
import fr.engagement.tracking.control.EventStore;
import fr.engagement.tracking.control.GroupCommit;
import fr.engagement.tracking.control.TrackingDirectory;
import fr.engagement.tracking.control.TrackingDirectory.CampaignRef;
import fr.engagement.tracking.control.TrackingDirectory.MissionTarget;
import fr.engagement.tracking.control.TrackingSecret;
import fr.engagement.tracking.control.UuidV7;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the announcer's page reports through jstag.js (§5): applications and accounts that follow a click,
 * impressions of missions, and the confirmation that a click came from a person. Every call has an answer (the
 * peer leaves unknown and duplicate conversions hanging): {@link Outcome} says which.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Conversions {

    private static final Logger LOG = Logger.getLogger(Conversions.class.getName());

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    TrackingDirectory directory;

    @Inject
    EventStore store;

    @Inject
    GroupCommit commits;

    @Inject
    BlockedVisitors blocked;

    @Inject
    TrackingSecret secret;

    @Inject
    DataGrid grid;

    @Inject
    Clock clock;

    public enum Kind { RECORDED, DUPLICATE, UNKNOWN, BOT }

    /** RECORDED or DUPLICATE carry the event's id (the earlier one for a duplicate). */
    public record Outcome(Kind kind, String id) {}

    public enum Confirmation { CONFIRMED, UNKNOWN_CLICK, BAD_TOKEN }

    /**
     * /r/apply and /r/account: an application or account creation following the click {@code clickId}. It
     * inherits the click's attribution (broadcaster, announcer, source); its mission is the announcer's mission of
     * client id {@code missionClientId}, else the click's. A repeat within five minutes (same click and type, or
     * same clientEventId, announcer and type) is not recorded again and answers the first one's id.
     */
    public Outcome conversion(String type, String clickId, String missionClientId, String clientEventId,
            String customAttributes, Visitor visitor) {
        if (visitor.isBot()) {
            return new Outcome(Kind.BOT, null);
        }
        StatEvent click = clickId == null || clickId.length() > 36 ? null : em.find(StatEvent.class, clickId);
        if (click == null || !StatEvent.CLICK.equals(click.getType())) {
            return new Outcome(Kind.UNKNOWN, null);
        }
        Instant now = clock.instant();
        String id = UuidV7.next();
        String to = click.getToPublisherId();
        String key = clientEventId == null ? "conv:" + type + ":" + click.getId()
                : "conv:" + type + ":" + to + ":" + clientEventId;
        Optional<String> earlier = grid.counters().putIfAbsent(key, id, Redirects.DUPLICATE_WINDOW)
                .or(() -> recent(type, click.getId(), clientEventId, to, now));
        if (earlier.isPresent()) {
            return new Outcome(Kind.DUPLICATE, earlier.get());
        }
        String missionId = click.getMissionId();
        String clientId = click.getMissionClientId();
        if (missionClientId != null && to != null) {
            List<String> ids = em.createQuery("SELECT m.id FROM PartnerMission m WHERE m.publisherId = :publisher"
                    + " AND m.clientId = :clientId", String.class).setParameter("publisher", to)
                    .setParameter("clientId", missionClientId).getResultList();
            if (!ids.isEmpty()) {
                missionId = ids.get(0);
                clientId = missionClientId;
            }
        }
        StatEvent event = new StatEvent(id, type, click.getSource(), click.getFromPublisherId(), to, missionId, now)
                .withMissionClientId(clientId).withClick(click.getId())
                .withSourceDetail(click.getSourceId(), click.getSourceName()).withClientEventId(clientEventId)
                .withCustomAttributes(StatEvent.APPLY.equals(type) ? jsonObject(customAttributes) : null)
                .withVisitor(visitor.userHash(), visitor.refererWithoutQuery(), visitor.userAgent(), visitor.host(),
                        visitor.origin());
        if (blocked.contains(event.getUserHash())) {
            event.asBot();
        }
        try {
            commits.record(event);
        } catch (RuntimeException e) {
            grid.counters().remove(key);
            throw e;
        }
        return new Outcome(Kind.RECORDED, id);
    }

    /**
     * /r/impression/{missionId}/{publisherId}: a mission seen on a broadcaster's page, through jstag.js (source
     * jstag) or a widget (source widget, {@code sourceId} = the widget). UNKNOWN for an unknown mission or publisher.
     */
    public Outcome impression(String missionId, String publisherId, String tracker, String sourceId,
            String requestId, Visitor visitor) {
        Optional<MissionTarget> mission = directory.mission(missionId);
        Optional<String> publisher = directory.publisherName(publisherId);
        if (mission.isEmpty() || publisher.isEmpty()) {
            return new Outcome(Kind.UNKNOWN, null);
        }
        if (visitor.isBot()) {
            return new Outcome(Kind.BOT, null);
        }
        boolean widget = sourceId != null && !sourceId.isBlank();
        String sourceName = widget ? directory.widget(sourceId).map(w -> w.name()).orElse(null) : null;
        MissionTarget m = mission.get();
        StatEvent print = new StatEvent(UuidV7.next(), StatEvent.PRINT, widget ? "widget" : "jstag", publisherId,
                m.publisherId(), m.id(), clock.instant()).withMissionClientId(m.clientId())
                .withSourceDetail(widget ? sourceId : null, sourceName).withRequestId(requestId).withTag(tracker);
        return print(print, visitor);
    }

    /** /r/impression/campaign/{campaignId}: a campaign's banner or link seen. */
    public Outcome campaignImpression(String campaignId, Visitor visitor) {
        Optional<CampaignRef> campaign = directory.campaign(Redirects.legacyId(campaignId));
        if (campaign.isEmpty()) {
            return new Outcome(Kind.UNKNOWN, null);
        }
        if (visitor.isBot()) {
            return new Outcome(Kind.BOT, null);
        }
        CampaignRef c = campaign.get();
        StatEvent print = new StatEvent(UuidV7.next(), StatEvent.PRINT, "campaign", c.fromPublisherId(),
                c.toPublisherId(), null, clock.instant()).withSourceDetail(c.id(), c.name()).withTag("link");
        return print(print, visitor);
    }

    /**
     * /r/{clickId}/confirm-human: the visitor behind the click acted like a person on the announcer's page. The
     * token is the one the redirect gave; a call without one is accepted, as by the peer (pages with an old
     * jstag.js), and logged.
     */
    public Confirmation confirmHuman(String clickId, String token) {
        if (clickId == null || clickId.length() > 36) {
            return Confirmation.UNKNOWN_CLICK;
        }
        StatEvent click = em.find(StatEvent.class, clickId);
        if (click == null || !StatEvent.CLICK.equals(click.getType())) {
            return Confirmation.UNKNOWN_CLICK;
        }
        Instant now = clock.instant();
        if (token == null || token.isBlank()) {
            LOG.info(() -> "confirm-human without a token for click " + clickId);
        } else if (!secret.tokens().verify(token, clickId, now)) {
            return Confirmation.BAD_TOKEN;
        }
        return store.confirmHuman(clickId, now) ? Confirmation.CONFIRMED : Confirmation.UNKNOWN_CLICK;
    }

    private Outcome print(StatEvent print, Visitor visitor) {
        print.withVisitor(visitor.userHash(), visitor.refererWithoutQuery(), visitor.userAgent(), visitor.host(),
                visitor.origin());
        if (blocked.contains(print.getUserHash())) {
            print.asBot();
        }
        commits.record(print);
        return new Outcome(Kind.RECORDED, print.getId());
    }

    private Optional<String> recent(String type, String clickId, String clientEventId, String to, Instant now) {
        Instant since = now.minus(Redirects.DUPLICATE_WINDOW);
        var query = clientEventId == null
                ? em.createNamedQuery(StatEvent.RECENT_OF_CLICK, StatEvent.class).setParameter("click", clickId)
                : em.createNamedQuery(StatEvent.RECENT_OF_CLIENT_EVENT, StatEvent.class)
                        .setParameter("clientEventId", clientEventId).setParameter("to", to);
        return query.setParameter("type", type).setParameter("since", since).setMaxResults(1).getResultStream()
                .findFirst().map(StatEvent::getId);
    }

    /** The custom attributes if they are a JSON object; anything else is dropped, the application still counts. */
    private static String jsonObject(String json) {
        if (json == null || json.isBlank() || json.length() > 4000) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.toString();
        } catch (RuntimeException notAnObject) {
            return null;
        }
    }
}
