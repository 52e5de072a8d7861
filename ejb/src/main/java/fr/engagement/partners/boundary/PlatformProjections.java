package fr.engagement.partners.boundary;

import fr.engagement.missions.entity.Mission;
import fr.engagement.partners.control.PlatformCatalogue;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The batches of {@link CatalogueBackfill}, each in its own transaction. Missions are locked as the boundaries
 * lock them, so a backfill on two instances of a cluster, or beside a live edit, projects each mission once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PlatformProjections {

    /** The batch's last mission id, or -1 when no mission was left; how many rows were written. */
    public record Batch(long lastId, int written) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    PlatformCatalogue catalogue;

    /** Searchable missions after {@code afterId} without a catalogue row (index uk_partner_mission_source). */
    public Batch projectMissing(long afterId, int size) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM mission m WHERE m.searchable = TRUE AND m.id > ?"
                + " AND NOT EXISTS (SELECT 1 FROM partner_mission pm WHERE pm.source_mission_id = m.id"
                + " AND pm.deleted_at IS NULL) ORDER BY m.id LIMIT ?")
                .setParameter(1, afterId).setParameter(2, size).getResultList();
        if (ids.isEmpty()) {
            return new Batch(-1, 0);
        }
        for (Number id : ids) {
            Mission m = em.find(Mission.class, id.longValue(), LockModeType.PESSIMISTIC_WRITE);
            if (m != null) {
                catalogue.project(m);
            }
        }
        return new Batch(ids.get(ids.size() - 1).longValue(), ids.size());
    }

    /** Live rows of missions that cannot be found on the platform any more. */
    public int withdrawStale() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT m.id FROM partner_mission pm JOIN mission m"
                + " ON m.id = pm.source_mission_id WHERE pm.deleted_at IS NULL AND m.searchable = FALSE")
                .getResultList();
        for (Number id : ids) {
            Mission m = em.find(Mission.class, id.longValue(), LockModeType.PESSIMISTIC_WRITE);
            if (m != null) {
                catalogue.project(m);
            }
        }
        return ids.size();
    }
}
