package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address of a catalogue mission. live, publisherId, organizationId, domain and startAt copy the mission's so
 * that the geo search, diffusion exclusions included, is answered from one index; only {@link PartnerMission}
 * writes them.
 */
@Entity
@Table(name = "partner_mission_address")
public class PartnerMissionAddress implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "mission_id")
    private PartnerMission mission;

    private int position;
    private String street;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Column(name = "department_code")
    private String departmentCode;

    @Column(name = "department_name")
    private String departmentName;

    private String region;
    private String country;
    private Double latitude;
    private Double longitude;

    @Column(name = "geoloc_status")
    private String geolocStatus;

    private boolean live;

    @Column(name = "publisher_id", nullable = false)
    private String publisherId;

    @Column(name = "organization_id")
    private Long organizationId;

    private String domain;

    @Column(name = "start_at")
    private Instant startAt;

    protected PartnerMissionAddress() {}

    PartnerMissionAddress(PartnerMission mission, int position, AddressData data) {
        this.mission = mission;
        this.position = position;
        write(data);
    }

    void write(AddressData data) {
        this.street = data.street();
        this.postalCode = data.postalCode();
        this.city = data.city();
        this.departmentCode = data.departmentCode();
        this.departmentName = data.departmentName();
        this.region = data.region();
        this.country = data.country();
        this.latitude = data.latitude();
        this.longitude = data.longitude();
        this.geolocStatus = data.geolocStatus();
    }

    void copyFrom(boolean live, String publisherId, Long organizationId, String domain, Instant startAt) {
        this.live = live;
        this.publisherId = publisherId;
        this.organizationId = organizationId;
        this.domain = domain;
        this.startAt = startAt;
    }

    public AddressData data() {
        return new AddressData(street, postalCode, city, departmentCode, departmentName, region, country, latitude,
                longitude, geolocStatus);
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getStreet() { return street; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public String getDepartmentCode() { return departmentCode; }
    public String getDepartmentName() { return departmentName; }
    public String getRegion() { return region; }
    public String getCountry() { return country; }
    public Double getLatitude() { return latitude; }
    public Double getLongitude() { return longitude; }
    public String getGeolocStatus() { return geolocStatus; }
    public boolean isLive() { return live; }
    public String getPublisherId() { return publisherId; }
    public Long getOrganizationId() { return organizationId; }
    public String getDomain() { return domain; }
    public Instant getStartAt() { return startAt; }
}
