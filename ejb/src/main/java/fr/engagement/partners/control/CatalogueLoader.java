package fr.engagement.partners.control;

import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads a page of catalogue missions in a constant number of queries whatever its size: the missions with their
 * organisations (join fetch), then their addresses and their activities (one batch query each), then their
 * publishers. The collections are read here, inside the transaction, so the JSON can be written after it.
 */
@Dependent
public class CatalogueLoader {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /** The missions of {@code ids}, in that order; {@code distances} may be null or hold nulls. */
    public List<CatalogueEntry> load(List<String> ids, List<Double> distances) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, PartnerMission> byId = new HashMap<>();
        // chunks keep the IN lists of a 10,000-mission page reasonable
        for (int from = 0; from < ids.size(); from += 1000) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("SELECT DISTINCT m FROM PartnerMission m LEFT JOIN FETCH m.organization"
                    + " WHERE m.id IN :ids", PartnerMission.class)
                    .setParameter("ids", chunk)
                    .setHint("eclipselink.batch", "m.addresses")
                    .setHint("eclipselink.batch", "m.activities")
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch.size", 1000)
                    .getResultList()
                    .forEach(m -> byId.put(m.getId(), m));
        }
        Map<String, Publisher> publishers = publishers(byId.values().stream().map(PartnerMission::getPublisherId)
                .distinct().toList());
        List<CatalogueEntry> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            PartnerMission m = byId.get(ids.get(i));
            if (m == null) {
                continue;
            }
            m.getAddresses().size();
            m.getActivities().size();
            entries.add(new CatalogueEntry(m, publishers.get(m.getPublisherId()),
                    distances == null ? null : distances.get(i)));
        }
        return entries;
    }

    public Map<String, Publisher> publishers(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Publisher p WHERE p.id IN :ids", Publisher.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Publisher::getId, Function.identity()));
    }
}
