package fr.engagement.partners.control;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The territory held in memory for the partners' geocoding ({@link Geocoder}): loaded in two queries at first use
 * and kept, since communes and postal codes change only with a migration.
 */
@Singleton
@Lock(LockType.READ)
public class TerritoryIndex {

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    private volatile Geocoder geocoder;

    public Geocoder geocoder() {
        Geocoder g = geocoder;
        return g != null ? g : load();
    }

    @SuppressWarnings("unchecked")
    private synchronized Geocoder load() {
        if (geocoder != null) {
            return geocoder;
        }
        List<Geocoder.Department> departments = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT d.code, d.name, r.name FROM department d"
                + " JOIN region r ON r.code = d.region_code").getResultList()) {
            departments.add(new Geocoder.Department((String) row[0], (String) row[1], (String) row[2]));
        }
        Map<String, Object[]> communes = new LinkedHashMap<>();
        Map<String, List<String>> postalCodes = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT c.insee_code, c.name, c.department_code,"
                + " c.population, c.latitude, c.longitude, p.postal_code FROM commune c"
                + " LEFT JOIN commune_postal_code p ON p.insee_code = c.insee_code ORDER BY c.insee_code, p.postal_code")
                .getResultList()) {
            String insee = (String) row[0];
            communes.putIfAbsent(insee, row);
            List<String> codes = postalCodes.computeIfAbsent(insee, k -> new ArrayList<>());
            if (row[6] != null) {
                codes.add((String) row[6]);
            }
        }
        List<Geocoder.Commune> list = new ArrayList<>(communes.size());
        communes.forEach((insee, row) -> list.add(new Geocoder.Commune(insee, (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).intValue(), number(row[4]), number(row[5]),
                List.copyOf(postalCodes.get(insee)))));
        geocoder = new Geocoder(departments, list);
        return geocoder;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
