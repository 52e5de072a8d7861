package fr.engagement.territory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A department (01 ... 95 with 2A/2B for Corsica, 971 ... 976 overseas) or an overseas collectivity (975 ... 989),
 * the unit of the referents' scope and of a mission's place.
 */
@Entity
@Table(name = "department")
@Cacheable
// Codes sort as people expect: "29" < "2A" < "2B" < "30" < "971"
@NamedQuery(name = Department.ALL, query = "SELECT d FROM Department d ORDER BY d.code",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true")})
@NamedQuery(name = Department.OF_REGION, query = "SELECT d FROM Department d WHERE d.region.code = :regionCode ORDER BY d.code",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Department {

    public static final String ALL = "Department.all";
    public static final String OF_REGION = "Department.ofRegion";

    @Id
    private String code;

    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "region_code")
    private Region region;

    /** A detached copy of a reference row, for unit tests; the application reads rows from the migration. */
    public Department(String code, String name, Region region) {
        this.code = code;
        this.name = name;
        this.region = region;
    }

    protected Department() {
        // JPA; rows come from the territory migration, never from the application
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Region getRegion() {
        return region;
    }

    /** "2A - Corse-du-Sud", how departments are shown in lists and exports. */
    public String getLabel() {
        return code + " - " + name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Department department && code != null && code.equals(department.code);
    }

    @Override
    public int hashCode() {
        // the id is assigned by the data, never generated, and never changes
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
