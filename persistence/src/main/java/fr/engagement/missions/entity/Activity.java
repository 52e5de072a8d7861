package fr.engagement.missions.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Set;

/**
 * A JeVeuxAider activity (ids kept from JeVeuxAider; 9, 13 and 25 do not exist), the domains it belongs to, and the
 * API Engagement activity its missions are published under. Reference data written by the migration V1.
 */
@Entity
@Table(name = "activity")
@Cacheable
@NamedQuery(name = Activity.ALL, query = "SELECT a FROM Activity a ORDER BY a.name",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true"),
                @QueryHint(name = "eclipselink.batch", value = "a.domains"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Activity.OF_DOMAIN,
        query = "SELECT a FROM Activity a JOIN a.domains d WHERE d.id = :domainId ORDER BY a.name",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true")})
public class Activity {

    public static final String ALL = "Activity.all";
    public static final String OF_DOMAIN = "Activity.ofDomain";

    @Id
    private int id;

    private String name;

    /** JeVeuxAider's URL slug ({@code /activites/{slug}}). */
    private String slug;

    /** The API Engagement activity slug ({@code partner_activity.slug}). */
    @Column(name = "partner_slug")
    private String partnerSlug;

    // Eager: 11 domains at most, all in the shared cache
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "activity_domain",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "domain_id"))
    private Set<Domain> domains;

    protected Activity() {
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

    /** Read-only. */
    public Set<Domain> getDomains() {
        return domains == null ? Set.of() : Collections.unmodifiableSet(domains);
    }

    public boolean belongsTo(Domain domain) {
        return getDomains().contains(domain);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Activity activity && id == activity.id;
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
