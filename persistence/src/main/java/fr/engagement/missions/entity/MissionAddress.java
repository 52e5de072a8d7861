package fr.engagement.missions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * Where an on-site mission takes place: a commune resolved from the territory tables, with its point. The search
 * reads these rows by bounding box; {@code searchable} mirrors the mission's so that the index alone filters.
 */
@Entity
@Table(name = "mission_address")
public class MissionAddress implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @Column(nullable = false)
    private int position;

    private String street;

    @Column(name = "postal_code", nullable = false, length = 5)
    private String postalCode;

    @Column(name = "commune_insee", nullable = false, length = 5)
    private String communeInsee;

    @Column(nullable = false, length = 120)
    private String city;

    @Column(name = "department_code", nullable = false, length = 3)
    private String departmentCode;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    @Column(nullable = false)
    private boolean searchable;

    protected MissionAddress() {}

    public MissionAddress(String street, String postalCode, String communeInsee, String city, String departmentCode,
            double latitude, double longitude) {
        this.street = street == null || street.isBlank() ? null : street.strip();
        this.postalCode = postalCode;
        this.communeInsee = communeInsee;
        this.city = city;
        this.departmentCode = departmentCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void attachTo(Mission mission, int position) {
        this.mission = mission;
        this.position = position;
        this.searchable = mission.isSearchable();
    }

    void searchable(boolean searchable) {
        this.searchable = searchable;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCommuneInsee() {
        return communeInsee;
    }

    public String getCity() {
        return city;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    public String label() {
        return (street == null ? "" : street + ", ") + postalCode + " " + city;
    }
}
