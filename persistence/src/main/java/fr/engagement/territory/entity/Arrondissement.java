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
 * A municipal arrondissement of Paris, Lyon or Marseille. Not a commune: an alias of its commune (geocoders answer
 * 75111 or "Paris 11e Arrondissement") and a finer point for Lyon and Marseille districts.
 */
@Entity
@Table(name = "arrondissement")
@Cacheable
@NamedQuery(name = Arrondissement.OF_COMMUNE,
        query = "SELECT a FROM Arrondissement a WHERE a.commune.inseeCode = :inseeCode ORDER BY a.inseeCode",
        hints = {@QueryHint(name = "eclipselink.query-results-cache", value = "true"),
                @QueryHint(name = "eclipselink.batch", value = "a.postalCodes"),
                @QueryHint(name = "eclipselink.batch.type", value = "IN")})
public class Arrondissement {

    public static final String OF_COMMUNE = "Arrondissement.ofCommune";

    @Id
    @Column(name = "insee_code")
    private String inseeCode;

    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "commune_insee_code")
    private Commune commune;

    private Integer population;

    private Double latitude;

    private Double longitude;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "arrondissement_postal_code", joinColumns = @JoinColumn(name = "insee_code"))
    @Column(name = "postal_code")
    private Set<String> postalCodes;

    protected Arrondissement() {
        // JPA; rows come from the territory migration, never from the application
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public String getName() {
        return name;
    }

    public Commune getCommune() {
        return commune;
    }

    public Integer getPopulation() {
        return population;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Set<String> getPostalCodes() {
        return postalCodes == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(postalCodes));
    }

    public Optional<GeoPoint> point() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Arrondissement arrondissement && inseeCode != null && inseeCode.equals(arrondissement.inseeCode);
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
