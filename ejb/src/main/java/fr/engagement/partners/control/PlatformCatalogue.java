package fr.engagement.partners.control;

import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.missions.entity.Mission;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.PublisherOrganization;
import fr.engagement.structures.entity.Structure;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the platform's missions in the shared catalogue, in the transaction of the change: a mission that can be
 * found on the platform (validated, of a validated structure, registration open: {@code Mission.searchable}) is a
 * live catalogue row of the platform publisher; any other has its row soft-deleted; an edit rewrites it.
 * <p>
 * Status changes reach it through {@link StatusChanged}, which every status move fires (so a new path that moves a
 * status is covered without knowing this class); edits that move no status (a mission's content, a structure's
 * profile) call it explicitly. Diffusability is recomputed here from the current state
 * ({@code refreshSearchable}), so the result does not depend on the order of the observers and cascades.
 */
@ApplicationScoped
public class PlatformCatalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "app.base-url")
    String baseUrl;

    /** Reference data of migration V1, read once. */
    private volatile Map<String, String> activityLabels;

    void statusChanged(@Observes StatusChanged change) {
        if (change.type() == SubjectType.MISSION && change.subject() instanceof Mission m) {
            project(m);
        } else if (change.type() == SubjectType.STRUCTURE && change.subject() instanceof Structure s) {
            structureChanged(s);
        }
    }

    /** Writes, rewrites or withdraws the catalogue row of a mission, as its current state says. */
    public void project(Mission m) {
        if (m.getId() == null) {
            return;
        }
        m.refreshSearchable();
        // no flush before these lookups (flushing a large persistence context for each mission made the backfill
        // quadratic): a row created by this transaction is found in its registry, a new organisation is flushed
        PartnerMission row = createdInThisTransaction().get(m.getId());
        if (row == null) {
            row = em.createNamedQuery(PartnerMission.BY_SOURCE, PartnerMission.class)
                    .setParameter("mission", m.getId()).setFlushMode(FlushModeType.COMMIT)
                    .getResultStream().findFirst().orElse(null);
        }
        Instant now = clock.instant();
        if (!m.isSearchable()) {
            if (row != null) {
                row.delete(now);
            }
            return;
        }
        write(m, row, organisationOf(m.getStructure(), now), now);
    }

    /** A structure's status or profile changed: its organisation row, then each of its missions. */
    public void structureChanged(Structure s) {
        List<Mission> missions = em.createQuery("SELECT m FROM Mission m WHERE m.structure = :s", Mission.class)
                .setParameter("s", s).getResultList();
        structureEdited(s);
        missions.forEach(this::project);
    }

    /** A profile edit (name, identifiers, address, ...): only the organisation row changes, if there is one. */
    public void structureEdited(Structure s) {
        if (s.getId() == null) {
            return;
        }
        findOrganisation(s.getId()).ifPresent(o -> o.update(PlatformMissionMapping.organization(s), clock.instant()));
    }

    /** For the backfill: projects a mission known to be searchable and not yet in the catalogue. */
    void write(Mission m, PartnerMission existing, PublisherOrganization organisation, Instant now) {
        PartnerMission row = existing;
        // postedAt is when the mission was first diffused: kept on rewrites, so an unchanged mission keeps its hash
        Instant postedAt = row != null && row.getPostedAt() != null ? row.getPostedAt() : m.getUpdatedAt();
        MissionContent content = PlatformMissionMapping.content(m, missionUrl(m.getId()), activityLabels(), postedAt);
        if (row == null) {
            row = PartnerMission.projectionOf(m.getId(), now);
            row.write(content, content.hash(), null, organisation, now);
            em.persist(row);
            createdInThisTransaction().put(m.getId(), row);
        } else {
            row.write(content, content.hash(), null, organisation, now);
        }
    }

    /**
     * Rows persisted by this transaction and not flushed yet, which the lookups above (no flush) cannot see: a
     * mission projected twice in one transaction finds its new row here instead of inserting a second one.
     */
    @SuppressWarnings("unchecked")
    private Map<Long, PartnerMission> createdInThisTransaction() {
        Map<Long, PartnerMission> rows = (Map<Long, PartnerMission>) transactions.getResource(PlatformCatalogue.class);
        if (rows == null) {
            rows = new HashMap<>();
            transactions.putResource(PlatformCatalogue.class, rows);
        }
        return rows;
    }

    /** The platform publisher's organisation standing for a structure, created or brought up to date. */
    PublisherOrganization organisationOf(Structure s, Instant now) {
        PublisherOrganization o = findOrganisation(s.getId()).orElse(null);
        if (o == null) {
            o = new PublisherOrganization(Publisher.PLATFORM_ID, Long.toString(s.getId()), now);
            o.standFor(s.getId());
            o.update(PlatformMissionMapping.organization(s), now);
            em.persist(o);
            // the catalogue row compares organisations by id: give it one now
            em.flush();
        } else {
            o.update(PlatformMissionMapping.organization(s), now);
        }
        return o;
    }

    private java.util.Optional<PublisherOrganization> findOrganisation(long structureId) {
        return em.createNamedQuery(PublisherOrganization.BY_CLIENT_ID, PublisherOrganization.class)
                .setParameter("publisher", Publisher.PLATFORM_ID).setParameter("clientId", Long.toString(structureId))
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst();
    }

    /** The public page of a mission, absolute: partners link to it. */
    public String missionUrl(long missionId) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + "/missions/mission.xhtml?id=" + missionId;
    }

    Map<String, String> activityLabels() {
        Map<String, String> labels = activityLabels;
        if (labels == null) {
            Map<String, String> read = new HashMap<>();
            for (Object row : em.createNativeQuery("SELECT slug, label FROM partner_activity").getResultList()) {
                Object[] r = (Object[]) row;
                read.put((String) r[0], (String) r[1]);
            }
            labels = Map.copyOf(read);
            activityLabels = labels;
        }
        return labels;
    }
}
