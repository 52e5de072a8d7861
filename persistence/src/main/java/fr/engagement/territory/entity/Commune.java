package fr.engagement.territory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A current commune (INSEE COG), with its postal codes and a representative point. Paris, Lyon and Marseille are one
 * commune each, with all their districts' postal codes.
 */
@Entity
@Table(name = "commune")
@Cacheable
// Largest first: the commune people mean is most often the most populated one; NULL populations sort last.
// Results cached by EclipseLink (the rows never change at run time): a feed import resolves 100,000 addresses
// over 6,310 postal codes. The batch hints load the found communes' postal codes in one query, not one each.
@NamedQuery(name = Commune.BY_POSTAL_CODE,
        query = "SELECT c FROM Commune c JOIN c.postalCodes p WHERE p = :postalCode ORDER BY c.population DESC, c.name",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true"),
                @QueryHint(name = "eclipselink.query-results-cache.size", value = "10000"),
                @QueryHint(name = "eclipselink.batch", value = "c.postalCodes"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Commune.BY_POSTAL_CODE_PREFIX,
        query = "SELECT DISTINCT c FROM Commune c JOIN c.postalCodes p WHERE p LIKE :prefix ORDER BY c.population DESC, c.name",
        hints = {@QueryHint(name = "eclipselink.batch", value = "c.postalCodes"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
// The column's collation (utf8mb4_unicode_ci) makes this accent- and case-insensitive and still uses the name index.
@NamedQuery(name = Commune.BY_NAME_PREFIX,
        query = "SELECT c FROM Commune c WHERE c.name LIKE :prefix ORDER BY c.population DESC, c.name",
        hints = {@QueryHint(name = "eclipselink.batch", value = "c.postalCodes"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Commune.DEPARTMENTS_IN_BOX,
        query = "SELECT c.latitude, c.longitude, c.department FROM Commune c"
                + " WHERE c.latitude BETWEEN :minLatitude AND :maxLatitude"
                + " AND c.longitude BETWEEN :minLongitude AND :maxLongitude")
public class Commune {

    public static final String BY_POSTAL_CODE = "Commune.byPostalCode";
    public static final String BY_POSTAL_CODE_PREFIX = "Commune.byPostalCodePrefix";
    public static final String BY_NAME_PREFIX = "Commune.byNamePrefix";
    public static final String DEPARTMENTS_IN_BOX = "Commune.departmentsInBox";

    @Id
    @Column(name = "insee_code")
    private String inseeCode;

    private String name;

    // LAZY is a hint: without weaving EclipseLink loads it at once, from the shared cache (109 rows).
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_code")
    private Department department;

    // Kept as a code: a commune's region is its department's, the column is there for SQL filters and exports.
    @Column(name = "region_code")
    private String regionCode;

    private Integer population;

    private Double latitude;

    private Double longitude;

    // Eager: a commune is shown with its postal codes ("Lyon 69001 ... 69009") and the set is small (at most 21).
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "commune_postal_code", joinColumns = @JoinColumn(name = "insee_code"))
    @Column(name = "postal_code")
    private Set<String> postalCodes;

    protected Commune() {
        // JPA; rows come from the territory migration, never from the application
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public Department getDepartment() {
        return department;
    }

    public String getRegionCode() {
        return regionCode;
    }

    /** Null for the few communes the source has no population for. */
    public Integer getPopulation() {
        return population;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    /** Sorted, read-only. Empty for the French Southern Lands' districts, which have none. */
    public Set<String> getPostalCodes() {
        return postalCodes == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(postalCodes));
    }

    /** Empty for the 6 communes without coordinates (French Southern Lands, Clipperton). */
    public Optional<GeoPoint> point() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Commune commune && inseeCode != null && inseeCode.equals(commune.inseeCode);
    }

    @Override
    public int hashCode() {
        // the id is assigned by the data, never generated, and never changes
        return Objects.hashCode(inseeCode);
    }

    @Override
    public String toString() {
        return inseeCode + " " + name;
    }
}
