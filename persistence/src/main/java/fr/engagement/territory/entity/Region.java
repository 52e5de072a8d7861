package fr.engagement.territory.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Objects;

/** One of the 18 regions, or an overseas collectivity coded like its department (975, 977, ... 989). */
@Entity
@Table(name = "region")
@Cacheable
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Region {

    public static final String ALL = "Region.all";

    @Id
    private String code;

    private String name;

    /** A detached copy of a reference row, for unit tests; the application reads rows from the migration. */
    public Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    protected Region() {
        // JPA; rows come from the territory migration, never from the application
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Region region && code != null && code.equals(region.code);
    }

    @Override
    public int hashCode() {
        // the id is assigned by the data, never generated, and never changes
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
