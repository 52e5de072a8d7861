package fr.engagement.tracking.boundary;

import fr.engagement.partners.boundary.Catalogue;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.tracking.control.EventWriter;
import fr.engagement.tracking.control.TrackingDirectory;
import fr.engagement.tracking.control.TrackingDirectory.MissionTarget;
import fr.engagement.tracking.control.UuidV7;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * /v2/activity (§3.7): a partner declares an application or account creation server-side, reads it, and tells
 * what became of it. A publisher only ever reads or changes the activities it is the announcer of ({@code to}),
 * whatever id it sends; others' answer as unknown.
 */
@Stateless
public class Activities {

    public static final Set<String> TYPES = Set.of(StatEvent.APPLY, StatEvent.ACCOUNT);

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    EventWriter writer;

    @Inject
    Catalogue catalogue;

    @Inject
    TrackingDirectory directory;

    @Inject
    Clock clock;

    /** What POST /v2/activity may carry; at least one of the three ids, missionId alone. */
    public record Declaration(String type, String clickId, String missionId, String missionClientId, String tag) {}

    /**
     * Records the activity. With a click: it must be a click to one of the caller's missions (the announcer
     * declares what followed its own traffic), and the broadcaster is the click's. With missionClientId: the
     * caller's own mission, the caller is both ends. With missionId alone: a broadcaster declares an activity on
     * a mission of its diffusion, without a click.
     */
    public StatEvent declare(String callerId, Declaration d) {
        String type = d.type() == null ? StatEvent.APPLY : d.type();
        if (!TYPES.contains(type)) {
            throw new InvalidActivityException("type must be one of: apply, account");
        }
        if (d.clickId() == null && d.missionId() == null && d.missionClientId() == null) {
            throw new InvalidActivityException("One of clickId, missionId or missionClientId is required");
        }
        if (d.missionId() != null && (d.clickId() != null || d.missionClientId() != null)) {
            throw new InvalidActivityException("missionId cannot be combined with clickId or missionClientId");
        }
        Instant now = clock.instant();
        StatEvent event;
        if (d.missionId() != null) {
            MissionTarget mission = directory.mission(d.missionId())
                    .orElseThrow(() -> new NotFoundException("Mission not found"));
            if (!catalogue.isDiffused(callerId, mission.id())) {
                throw new AccessDeniedException("Mission not accessible");
            }
            event = new StatEvent(UuidV7.next(), type, "publisher", callerId, mission.publisherId(), mission.id(),
                    now).withMissionClientId(mission.clientId());
        } else {
            StatEvent click = d.clickId() == null ? null : click(callerId, d.clickId());
            PartnerMission own = d.missionClientId() == null ? null : ownMission(callerId, d.missionClientId());
            String from = click != null ? click.getFromPublisherId() : callerId;
            String missionId = own != null ? own.getId() : click.getMissionId();
            event = new StatEvent(UuidV7.next(), type, "publisher", from, callerId, missionId, now)
                    .withMissionClientId(own != null ? own.getClientId() : click.getMissionClientId());
            if (click != null) {
                event.withClick(click.getId()).withSourceDetail(click.getSourceId(), click.getSourceName());
            }
        }
        return writer.record(event.withTag(d.tag()).asHuman());
    }

    /** The caller's activity by its id or its clientEventId; {@code type} settles a clientEventId used twice. */
    public StatEvent find(String callerId, String id, String type) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidActivityException("type must be one of: apply, account");
        }
        // by id first (the primary key), then by the partner's clientEventId (index on clientEventId, to, type)
        StatEvent byId = id.length() > 36 ? null : em.find(StatEvent.class, id);
        if (byId != null && callerId.equals(byId.getToPublisherId()) && TYPES.contains(byId.getType())
                && (type == null || type.equals(byId.getType()))) {
            return byId;
        }
        List<StatEvent> found = em.createNamedQuery(StatEvent.ACTIVITY_OF, StatEvent.class)
                .setParameter("to", callerId).setParameter("clientEventId", id).getResultList().stream()
                .filter(e -> type == null || type.equals(e.getType())).toList();
        if (found.stream().map(StatEvent::getType).distinct().count() > 1) {
            throw new AmbiguousActivityException(
                    "clientEventId matches both an apply and an account: give the type parameter");
        }
        // the latest of the type when a partner reused its clientEventId
        return found.stream().max(java.util.Comparator.comparing(StatEvent::getCreatedAt))
                .orElseThrow(() -> new NotFoundException("Activity not found"));
    }

    /** PUT /v2/activity/{id}: the partner's decision (PENDING, VALIDATED, CANCELED, REFUSED, CARRIED_OUT). */
    public StatEvent changeStatus(String callerId, String id, String type, String status) {
        if (status == null || !StatEvent.STATUSES.contains(status)) {
            throw new InvalidActivityException("status must be one of: PENDING, VALIDATED, CANCELED, REFUSED,"
                    + " CARRIED_OUT");
        }
        StatEvent event = find(callerId, id, type);
        event.changeStatus(status, clock.instant());
        return event;
    }

    private StatEvent click(String callerId, String clickId) {
        StatEvent click = clickId.length() > 36 ? null : em.find(StatEvent.class, clickId);
        if (click == null || !StatEvent.CLICK.equals(click.getType()) || !callerId.equals(click.getToPublisherId())) {
            throw new NotFoundException("Click not found");
        }
        return click;
    }

    private PartnerMission ownMission(String callerId, String clientId) {
        return em.createNamedQuery(PartnerMission.BY_CLIENT_ID, PartnerMission.class)
                .setParameter("publisher", callerId).setParameter("clientId", clientId).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Mission not found"));
    }
}
