package fr.engagement.partners.boundary;

import fr.engagement.partners.control.MissionDraft;
import fr.engagement.partners.control.MissionPreparation;
import fr.engagement.partners.control.NewMissionRows;
import fr.engagement.partners.control.MissionPreparation.Prepared;
import fr.engagement.partners.control.PartnerTaxonomy;
import fr.engagement.partners.control.SqlArgs;
import fr.engagement.partners.control.TerritoryIndex;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.PublisherOrganization;
import fr.engagement.platform.entity.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes partners' missions into the shared catalogue, keyed by (publisher, clientId): a chunk of a feed import, or
 * one mission of the v2 API. Every write goes through the same preparation and review ({@link MissionPreparation}).
 * Reads of the catalogue belong to the outbound side, not here. A publisher only ever reaches its own rows: every
 * query is bound to the publisher id the caller was authenticated as.
 */
@Stateless
public class AnnouncerMissions {

    /** A mission the review refused, for the import's report. */
    public record Refusal(String clientId, String title, String reason) {}

    public record ChunkResult(int created, int updated, int unchanged, List<Refusal> refusals) {}

    /** The catalogue of a publisher: non-deleted missions, and how many of them are refused. */
    public record Counts(int missions, int refused) {}

    /** A v2 create for a clientId that exists, deleted or not (409 RESSOURCE_ALREADY_EXIST). */
    public static class AlreadyExists extends fr.engagement.platform.entity.BusinessException {
        private static final long serialVersionUID = 1L;

        public AlreadyExists(String clientId) {
            super("Mission with clientId " + clientId + " already exists");
        }
    }

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    @Inject
    PartnerTaxonomy taxonomy;

    @Inject
    TerritoryIndex territory;

    /**
     * Upserts a chunk of a feed. Existing rows are read in two queries (their hashes, then the changed ones whole);
     * unchanged missions are not written at all (their publisher's sync time stands for theirs, see
     * {@code CatalogueEntry.lastSyncAt}); organisations are upserted in one read; new missions are inserted a few
     * hundred rows to a statement. {@code syncTime} is the import's start, the sync time of what it writes.
     */
    public ChunkResult upsert(String publisherId, List<MissionDraft> drafts, Instant syncTime) {
        Map<String, MissionDraft> byClientId = new LinkedHashMap<>();
        drafts.forEach(d -> byClientId.putIfAbsent(d.clientId, d));
        if (byClientId.isEmpty()) {
            return new ChunkResult(0, 0, 0, List.of());
        }
        Map<String, Stored> stored = storedRows(publisherId, byClientId.keySet());
        MissionPreparation preparation = preparation();
        List<Prepared> prepared = new ArrayList<>();
        for (MissionDraft d : byClientId.values()) {
            Stored s = stored.get(d.clientId);
            prepared.add(preparation.prepare(d, s == null ? null : s.kept, syncTime));
        }
        Map<String, PublisherOrganization> orgs = organizations(publisherId, prepared, syncTime);
        int unchanged = 0;
        List<String> changedIds = new ArrayList<>();
        for (Prepared p : prepared) {
            Stored s = stored.get(p.clientId());
            PublisherOrganization org = p.organizationKey() == null ? null : orgs.get(p.organizationKey());
            if (s != null && s.same(p, org)) {
                unchanged++;
            } else if (s != null) {
                changedIds.add(s.id);
            }
        }
        Map<String, PartnerMission> changed = load(changedIds);
        List<PartnerMission> fresh = new ArrayList<>();
        int updated = 0;
        List<Refusal> refusals = new ArrayList<>();
        for (Prepared p : prepared) {
            Stored s = stored.get(p.clientId());
            PublisherOrganization org = p.organizationKey() == null ? null : orgs.get(p.organizationKey());
            if (s == null) {
                PartnerMission m = new PartnerMission(publisherId, p.clientId(), syncTime);
                m.write(p.content(), p.hash(), p.refusal(), org, syncTime);
                fresh.add(m);
            } else if (changed.containsKey(s.id)) {
                changed.get(s.id).write(p.content(), p.hash(), p.refusal(), org, syncTime);
                updated++;
            }
            if (p.refusal() != null) {
                refusals.add(new Refusal(p.clientId(), p.title(), p.refusal()));
            }
        }
        insert(fresh);
        return new ChunkResult(fresh.size(), updated, unchanged, refusals);
    }

    /** The light form of a stored row: enough to know whether a mission changed. */
    private record Stored(String id, String hash, String statusComment, Long organizationId, boolean deleted,
            MissionPreparation.Kept kept) {
        boolean same(Prepared p, PublisherOrganization org) {
            Long orgId = org == null ? null : org.getId();
            return !deleted && p.hash().equals(hash) && Objects.equals(p.refusal(), statusComment)
                    && Objects.equals(orgId, organizationId) && (org == null || orgId != null);
        }
    }

    private Map<String, Stored> storedRows(String publisherId, java.util.Collection<String> clientIds) {
        Map<String, Stored> rows = new HashMap<>();
        em.createQuery("SELECT m.clientId, m.id, m.contentHash, m.statusComment, o.id, m.deletedAt, m.postedAt,"
                + " m.startAt, m.image"
                + " FROM PartnerMission m LEFT JOIN m.organization o"
                + " WHERE m.publisherId = :publisher AND m.clientId IN :ids", Object[].class)
                .setParameter("publisher", publisherId).setParameter("ids", List.copyOf(clientIds))
                .getResultList()
                .forEach(r -> rows.put((String) r[0], new Stored((String) r[1], (String) r[2], (String) r[3],
                        (Long) r[4], r[5] != null, new MissionPreparation.Kept((Instant) r[6], (Instant) r[7],
                        (String) r[8]))));
        return rows;
    }

    private MissionPreparation preparation() {
        return new MissionPreparation(taxonomy.review(), taxonomy.activities(), territory.geocoder());
    }

    private Map<String, PartnerMission> load(List<String> ids) {
        Map<String, PartnerMission> missions = new HashMap<>();
        if (ids.isEmpty()) {
            return missions;
        }
        em.createQuery("SELECT m FROM PartnerMission m WHERE m.id IN :ids", PartnerMission.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch", "m.addresses")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList().forEach(m -> missions.put(m.getId(), m));
        return missions;
    }

    /** New missions as multi-row statements on the transaction's connection ({@link NewMissionRows}). */
    private void insert(List<PartnerMission> missions) {
        try {
            NewMissionRows.insert(em.unwrap(Connection.class), missions);
        } catch (SQLException e) {
            throw new PersistenceException("Insert of " + missions.size() + " new catalogue missions failed", e);
        }
    }

    /** Upserts the chunk's organisations, keyed by (publisher, clientId); the first declaration in a chunk wins. */
    private Map<String, PublisherOrganization> organizations(String publisherId, List<Prepared> prepared, Instant now) {
        Map<String, OrganizationData> declared = new LinkedHashMap<>();
        prepared.stream().filter(p -> p.organizationKey() != null)
                .forEach(p -> declared.putIfAbsent(p.organizationKey(), p.organization()));
        Map<String, PublisherOrganization> orgs = new HashMap<>();
        if (declared.isEmpty()) {
            return orgs;
        }
        em.createQuery("SELECT o FROM PublisherOrganization o WHERE o.publisherId = :publisher"
                + " AND o.clientId IN :keys", PublisherOrganization.class)
                .setParameter("publisher", publisherId).setParameter("keys", List.copyOf(declared.keySet()))
                .getResultList().forEach(o -> orgs.put(o.getClientId(), o));
        boolean created = false;
        for (var e : declared.entrySet()) {
            PublisherOrganization org = orgs.get(e.getKey());
            if (org == null) {
                org = new PublisherOrganization(publisherId, e.getKey(), now);
                org.update(e.getValue(), now);
                em.persist(org);
                orgs.put(e.getKey(), org);
                created = true;
            } else {
                org.update(e.getValue(), now);
            }
        }
        if (created) {
            em.flush(); // new organisations get their ids, which the missions' change check compares
        }
        return orgs;
    }

    /**
     * Soft-deletes the publisher's missions that are not among {@code keep} (the clientIds of its feed) and that
     * nothing wrote since the import started (a mission created through the API meanwhile stays); their addresses
     * leave the geo index at once. The candidates are read by {@code ix_partner_mission_sync}, the missing ones
     * deleted a thousand at a time. Answers how many.
     */
    public int softDeleteMissing(String publisherId, Set<String> keep, Instant syncTime, Instant now) {
        List<String> missing = new ArrayList<>();
        try (Stream<Object[]> rows = em.createQuery("SELECT m.id, m.clientId FROM PartnerMission m"
                + " WHERE m.publisherId = :publisher AND m.deletedAt IS NULL AND m.lastSyncAt < :sync", Object[].class)
                .setParameter("publisher", publisherId).setParameter("sync", syncTime).getResultStream()) {
            rows.filter(r -> !keep.contains((String) r[1])).forEach(r -> missing.add((String) r[0]));
        }
        softDelete(missing, now);
        return missing.size();
    }

    /** Soft-deletes every live mission of a publisher that leaves the exchange; answers how many. */
    public int softDeleteAll(String publisherId, Instant now) {
        List<String> live = em.createQuery("SELECT m.id FROM PartnerMission m WHERE m.publisherId = :publisher"
                + " AND m.deletedAt IS NULL", String.class).setParameter("publisher", publisherId).getResultList();
        softDelete(live, now);
        return live.size();
    }

    /** A thousand at a time; their addresses leave the geo index at once. */
    private void softDelete(List<String> missions, Instant now) {
        for (int from = 0; from < missions.size(); from += 1000) {
            List<String> ids = missions.subList(from, Math.min(missions.size(), from + 1000));
            SqlArgs addresses = new SqlArgs();
            String addressSql = "UPDATE partner_mission_address SET live = FALSE WHERE mission_id IN "
                    + addresses.in(ids);
            Catalogue.bind(em.createNativeQuery(addressSql), addresses.values()).executeUpdate();
            SqlArgs args = new SqlArgs();
            String at = args.bind(Timestamp.from(now));
            String missionSql = "UPDATE partner_mission SET deleted_at = " + at + ", updated_at = " + at
                    + ", version = version + 1 WHERE id IN " + args.in(ids);
            Catalogue.bind(em.createNativeQuery(missionSql), args.values()).executeUpdate();
        }
    }

    public Counts counts(String publisherId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(status_code = 'REFUSED'), 0)"
                + " FROM partner_mission WHERE publisher_id = ? AND deleted_at IS NULL")
                .setParameter(1, publisherId).getSingleResult();
        return new Counts(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
    }

    /** v2 POST: a new mission; refused by {@link AlreadyExists} when the clientId exists, even deleted. */
    public PartnerMission create(String publisherId, MissionDraft draft, Instant now) {
        if (find(publisherId, draft.clientId) != null) {
            throw new AlreadyExists(draft.clientId);
        }
        Prepared p = preparation().prepare(draft, null, now);
        PartnerMission m = new PartnerMission(publisherId, draft.clientId, now);
        m.write(p.content(), p.hash(), p.refusal(), organizations(publisherId, List.of(p), now)
                .get(p.organizationKey()), now);
        em.persist(m);
        em.flush();
        return loaded(m);
    }

    /**
     * v2 PUT: {@code patch} changes the stored state as a draft (PATCH semantics), then the merged mission is
     * prepared and reviewed again. A missing or deleted mission is not found.
     */
    public PartnerMission update(String publisherId, String clientId, Consumer<MissionDraft> patch, Instant now) {
        PartnerMission m = find(publisherId, clientId);
        if (m == null || m.getDeletedAt() != null) {
            throw new NotFoundException("Mission " + clientId);
        }
        MissionDraft draft = MissionDraft.of(m);
        patch.accept(draft);
        draft.clientId = clientId;
        Prepared p = preparation().prepare(draft, MissionPreparation.Kept.of(m), now);
        m.write(p.content(), p.hash(), p.refusal(), organizations(publisherId, List.of(p), now)
                .get(p.organizationKey()), now);
        em.flush();
        return loaded(m);
    }

    /** v2 DELETE: soft delete, idempotent; answers the deletion time. */
    public Instant delete(String publisherId, String clientId, Instant now) {
        PartnerMission m = find(publisherId, clientId);
        if (m == null) {
            throw new NotFoundException("Mission " + clientId);
        }
        m.delete(now);
        return m.getDeletedAt();
    }

    /** The publisher's mission with that clientId, deleted or not; null when it has none. */
    public PartnerMission find(String publisherId, String clientId) {
        return em.createNamedQuery(PartnerMission.BY_CLIENT_ID, PartnerMission.class)
                .setParameter("publisher", publisherId).setParameter("clientId", clientId)
                .getResultStream().findFirst().orElse(null);
    }

    /** The mission with what a response shows loaded (organisation, addresses, activities), for use detached. */
    private static PartnerMission loaded(PartnerMission m) {
        if (m.getOrganization() != null) {
            m.getOrganization().getName();
        }
        m.getAddresses().size();
        m.getActivities().size();
        return m;
    }
}
