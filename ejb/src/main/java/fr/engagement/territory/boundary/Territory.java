package fr.engagement.territory.boundary;

import fr.engagement.territory.control.CommuneNames;
import fr.engagement.territory.control.TextNormaliser;
import fr.engagement.territory.entity.Arrondissement;
import fr.engagement.territory.entity.BoundingBox;
import fr.engagement.territory.entity.Commune;
import fr.engagement.territory.entity.Department;
import fr.engagement.territory.entity.GeoPoint;
import fr.engagement.territory.entity.Region;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Regions, departments and communes: postal code and commune to place and point, nearest department of a point,
 * commune autocomplete. Read-only; every result comes from the shared cache once warm.
 */
@Stateless
public class Territory {

    static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    static final Pattern POSTAL_CODE_PREFIX = Pattern.compile("\\d{2,4}");
    static final Pattern INSEE_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");
    static final Pattern DEPARTMENT_CODE = Pattern.compile("\\d{2,3}|2[AB]");
    static final Pattern LETTER = Pattern.compile("\\p{L}");

    /** An autocomplete never needs more, and a caller's typo (max = 100000) must not load every commune. */
    static final int MAX_SEARCH_RESULTS = 50;

    /** First radius of the nearest-commune search: communes are rarely more than a few km apart in France. */
    static final double FIRST_RADIUS_KM = 10;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /** The communes of a postal code, largest first; through the table, never by prefix. Empty when malformed. */
    public List<Commune> communesOfPostalCode(String postalCode) {
        String code = postalCode == null ? "" : postalCode.strip();
        if (!POSTAL_CODE.matcher(code).matches()) {
            return List.of();
        }
        return List.copyOf(em.createNamedQuery(Commune.BY_POSTAL_CODE, Commune.class)
                .setParameter("postalCode", code)
                .getResultList());
    }

    public Optional<Commune> commune(String inseeCode) {
        return inseeCode(inseeCode).map(code -> em.find(Commune.class, code));
    }

    /**
     * Autocomplete, largest communes first: 5 digits give the postal code's communes, 2 to 4 digits the communes
     * of postal codes starting with them, a text with a letter the communes whose name starts with it (accents,
     * case and punctuation ignored: "st etienne" finds Saint-Étienne). Anything else gives nothing.
     */
    public List<Commune> searchCommunes(String text, int max) {
        String given = text == null ? "" : text.strip();
        int limit = Math.min(max, MAX_SEARCH_RESULTS);
        if (given.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (POSTAL_CODE.matcher(given).matches()) {
            List<Commune> communes = communesOfPostalCode(given);
            return communes.subList(0, Math.min(limit, communes.size()));
        }
        if (POSTAL_CODE_PREFIX.matcher(given).matches()) {
            return List.copyOf(em.createNamedQuery(Commune.BY_POSTAL_CODE_PREFIX, Commune.class)
                    .setParameter("prefix", given + "%")
                    .setMaxResults(limit)
                    .getResultList());
        }
        if (!LETTER.matcher(given).find()) {
            return List.of();
        }
        return List.copyOf(em.createNamedQuery(Commune.BY_NAME_PREFIX, Commune.class)
                .setParameter("prefix", CommuneNames.likePrefix(given))
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * The department of the commune nearest to a point. Looks in an indexed box around the point, widened until it
     * holds a commune; a commune found in the box's corner may be beaten by one just outside the box, so the search
     * then runs once more with the corner commune's distance as radius. Empty only if no commune has a point.
     */
    public Optional<Department> departmentAt(GeoPoint point) {
        double radius = FIRST_RADIUS_KM;
        while (true) {
            Nearest nearest = nearestCommune(point, point.boxAround(radius));
            if (nearest != null && nearest.distanceKm <= radius) {
                return Optional.of(nearest.department);
            }
            if (nearest != null) {
                // a hair wider so that rounding cannot leave the commune just found out of the next box
                radius = nearest.distanceKm * 1.0001 + 0.001;
            } else if (radius >= GeoPoint.MAX_DISTANCE_KM) {
                return Optional.empty();
            } else {
                radius = Math.min(radius * 4, GeoPoint.MAX_DISTANCE_KM);
            }
        }
    }

    /** By code: "01" ... "95", "2A", "2B", "971" ... "989". */
    public Optional<Department> department(String code) {
        String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!DEPARTMENT_CODE.matcher(given).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Department.class, given));
    }

    /** Ordered by code, as people list them ("29" < "2A" < "2B" < "30"). */
    public List<Department> departments() {
        return List.copyOf(em.createNamedQuery(Department.ALL, Department.class).getResultList());
    }

    public Optional<Region> region(String code) {
        String given = code == null ? "" : code.strip();
        if (given.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Region.class, given));
    }

    /** Ordered by name. */
    public List<Region> regions() {
        return List.copyOf(em.createNamedQuery(Region.ALL, Region.class).getResultList());
    }

    /** Ordered by code; empty for an unknown region. */
    public List<Department> departmentsOfRegion(String regionCode) {
        String given = regionCode == null ? "" : regionCode.strip();
        if (given.isEmpty()) {
            return List.of();
        }
        return List.copyOf(em.createNamedQuery(Department.OF_REGION, Department.class)
                .setParameter("regionCode", given)
                .getResultList());
    }

    /**
     * The commune an address means, among its postal code's communes: the one with the given INSEE code (an
     * arrondissement's code gives its commune), else the one the given name designates (accents, case, St/Ste and
     * district suffixes ignored, see {@link CommuneNames#designates}); with no name or code, the postal code's only
     * commune. Empty when nothing matches or the postal code alone is ambiguous.
     */
    public Optional<Commune> resolve(String postalCode, String communeNameOrInsee) {
        List<Commune> candidates = communesOfPostalCode(postalCode);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String given = communeNameOrInsee == null ? "" : communeNameOrInsee.strip();
        if (given.isEmpty()) {
            return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
        }
        Optional<String> code = inseeCode(given);
        if (code.isPresent()) {
            return candidates.stream()
                    .filter(commune -> commune.getInseeCode().equals(code.get()))
                    .findFirst()
                    .or(() -> arrondissement(code.get()).map(Arrondissement::getCommune).filter(candidates::contains));
        }
        String name = TextNormaliser.normalise(given);
        List<Commune> named = candidates.stream().filter(commune -> CommuneNames.designates(commune.getName(), given)).toList();
        // an exact name wins over a "name + district" match; otherwise the largest, as candidates are ordered so
        return named.stream()
                .filter(commune -> TextNormaliser.normalise(commune.getName()).equals(name))
                .findFirst()
                .or(() -> named.stream().findFirst());
    }

    /**
     * The point of an address given by postal code and commune name or INSEE code, as {@link #resolve} finds it:
     * the point of the arrondissement the postal code or INSEE code designates (finer for Lyon and Marseille), else
     * the commune's point. Empty when the commune is not found or has no point.
     */
    public Optional<GeoPoint> locate(String postalCode, String communeNameOrInsee) {
        return resolve(postalCode, communeNameOrInsee).flatMap(commune -> {
            List<Arrondissement> arrondissements = em.createNamedQuery(Arrondissement.OF_COMMUNE, Arrondissement.class)
                    .setParameter("inseeCode", commune.getInseeCode())
                    .getResultList();
            Optional<String> code = inseeCode(communeNameOrInsee);
            String postal = postalCode.strip();
            List<Arrondissement> ofPostalCode = arrondissements.stream()
                    .filter(arrondissement -> arrondissement.getPostalCodes().contains(postal))
                    .toList();
            return arrondissements.stream()
                    .filter(arrondissement -> code.filter(arrondissement.getInseeCode()::equals).isPresent())
                    .findFirst()
                    .or(() -> ofPostalCode.size() == 1 ? Optional.of(ofPostalCode.get(0)) : Optional.empty())
                    .flatMap(Arrondissement::point)
                    .or(commune::point);
        });
    }

    private Optional<Arrondissement> arrondissement(String inseeCode) {
        return Optional.ofNullable(em.find(Arrondissement.class, inseeCode));
    }

    private static Optional<String> inseeCode(String text) {
        String given = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return INSEE_CODE.matcher(given).matches() ? Optional.of(given) : Optional.empty();
    }

    private Nearest nearestCommune(GeoPoint point, BoundingBox box) {
        List<Object[]> rows = em.createNamedQuery(Commune.DEPARTMENTS_IN_BOX, Object[].class)
                .setParameter("minLatitude", box.minLatitude())
                .setParameter("maxLatitude", box.maxLatitude())
                .setParameter("minLongitude", box.minLongitude())
                .setParameter("maxLongitude", box.maxLongitude())
                .getResultList();
        Nearest nearest = null;
        for (Object[] row : rows) {
            double distance = point.distanceKm(new GeoPoint((Double) row[0], (Double) row[1]));
            if (nearest == null || distance < nearest.distanceKm) {
                nearest = new Nearest(distance, (Department) row[2]);
            }
        }
        return nearest;
    }

    private record Nearest(double distanceKm, Department department) {}
}
