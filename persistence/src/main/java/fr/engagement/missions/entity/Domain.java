package fr.engagement.missions.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;

/**
 * A JeVeuxAider "domaine d'action" (ids kept from JeVeuxAider), with the API Engagement domain its missions are
 * published under. Reference data written by the migration V1; an inactive domain is kept for the missions that
 * still reference it and offered nowhere.
 */
@Entity
@Table(name = "domain")
@Cacheable
@NamedQuery(name = Domain.ACTIVE, query = "SELECT d FROM Domain d WHERE d.active = TRUE ORDER BY d.name",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Domain {

    public static final String ACTIVE = "Domain.active";

    @Id
    private int id;

    private String name;

    /** JeVeuxAider's URL slug ({@code /domaines-action/{slug}}). */
    private String slug;

    /** The API Engagement domain slug ({@code partner_domain.slug}). */
    @Column(name = "partner_slug")
    private String partnerSlug;

    /** CSS colour, {@code #RRGGBB}. */
    private String colour;

    private boolean active;

    /** A detached copy of a reference row, for unit tests; the application reads rows from the migration. */
    public Domain(int id, String name) {
        this.id = id;
        this.name = name;
        this.active = true;
    }

    protected Domain() {
        // JPA; rows come from the migration, never from the application
    }

    public int getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getPartnerSlug() {
        return partnerSlug;
    }

    public String getColour() {
        return colour;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Domain domain && id == domain.id;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
