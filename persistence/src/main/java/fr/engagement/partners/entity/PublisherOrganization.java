package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * An organisation as a partner declares it with its missions, keyed by (publisher, clientId). For the platform's
 * publisher it stands for one of our structures ({@code structureId}).
 */
@Entity
@Table(name = "publisher_organization")
@NamedQuery(name = PublisherOrganization.BY_CLIENT_ID, query = "SELECT o FROM PublisherOrganization o"
        + " WHERE o.publisherId = :publisher AND o.clientId = :clientId")
public class PublisherOrganization implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CLIENT_ID = "PublisherOrganization.byClientId";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "publisher_id", nullable = false, updatable = false)
    private String publisherId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    private String name;
    private String rna;
    private String siren;
    private String siret;
    private String url;
    private String logo;
    private String description;

    @Column(name = "legal_status")
    private String legalStatus;

    private String type;

    @Convert(converter = StringListConverter.class)
    private List<String> actions = List.of();

    @Column(name = "full_address")
    private String fullAddress;

    @Column(name = "postal_code")
    private String postalCode;

    private String city;

    @Convert(converter = StringListConverter.class)
    private List<String> beneficiaries = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(name = "parent_organizations")
    private List<String> parentOrganizations = List.of();

    @Column(name = "structure_id")
    private Long structureId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PublisherOrganization() {}

    public PublisherOrganization(String publisherId, String clientId, Instant now) {
        this.publisherId = publisherId;
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Writes what the partner sent; answers whether anything changed (unchanged rows are not rewritten). */
    public boolean update(OrganizationData data, Instant now) {
        if (data.equals(data())) {
            return false;
        }
        this.name = data.name();
        this.rna = data.rna();
        this.siren = data.siren();
        this.siret = data.siret();
        this.url = data.url();
        this.logo = data.logo();
        this.description = data.description();
        this.legalStatus = data.legalStatus();
        this.type = data.type();
        this.actions = List.copyOf(data.actions());
        this.fullAddress = data.fullAddress();
        this.postalCode = data.postalCode();
        this.city = data.city();
        this.beneficiaries = List.copyOf(data.beneficiaries());
        this.parentOrganizations = List.copyOf(data.parentOrganizations());
        this.updatedAt = now;
        return true;
    }

    public OrganizationData data() {
        return new OrganizationData(name, rna, siren, siret, url, logo, description, legalStatus, type, actions,
                fullAddress, postalCode, city, beneficiaries, parentOrganizations);
    }

    public void standFor(long structureId) {
        this.structureId = structureId;
    }

    public Long getId() { return id; }
    public String getPublisherId() { return publisherId; }
    public String getClientId() { return clientId; }
    public String getName() { return name; }
    public String getRna() { return rna; }
    public String getSiren() { return siren; }
    public String getSiret() { return siret; }
    public String getUrl() { return url; }
    public String getLogo() { return logo; }
    public String getDescription() { return description; }
    public String getLegalStatus() { return legalStatus; }
    public String getType() { return type; }
    public List<String> getActions() { return actions; }
    public String getFullAddress() { return fullAddress; }
    public String getPostalCode() { return postalCode; }
    public String getCity() { return city; }
    public List<String> getBeneficiaries() { return beneficiaries; }
    public List<String> getParentOrganizations() { return parentOrganizations; }
    public Long getStructureId() { return structureId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
