package fr.engagement.partners.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A mission of the shared catalogue, keyed by (publisher, clientId): a partner's (feed or v2 API) or one of the
 * platform's own, projected ({@code sourceMissionId}). It is diffused only when ACCEPTED by the automatic review and
 * not deleted ({@link #isLive()}); a refused mission is kept, with the reason, for its publisher to read.
 * The copies of live/publisher/domain/start held by the addresses for the geo index are kept here, in one place.
 */
@Entity
@Table(name = "partner_mission")
@NamedQuery(name = PartnerMission.BY_CLIENT_ID, query = "SELECT m FROM PartnerMission m"
        + " WHERE m.publisherId = :publisher AND m.clientId = :clientId")
@NamedQuery(name = PartnerMission.BY_SOURCE, query = "SELECT m FROM PartnerMission m"
        + " WHERE m.sourceMissionId = :mission")
public class PartnerMission implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_CLIENT_ID = "PartnerMission.byClientId";
    public static final String BY_SOURCE = "PartnerMission.bySource";

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REFUSED = "REFUSED";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "publisher_id", nullable = false, updatable = false)
    private String publisherId;

    @Column(name = "client_id", nullable = false, updatable = false)
    private String clientId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private PublisherOrganization organization;

    @Column(name = "source_mission_id", updatable = false)
    private Long sourceMissionId;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "description_html")
    private String descriptionHtml;

    @Column(name = "application_url")
    private String applicationUrl;

    private String image;

    @Column(nullable = false)
    private String type;

    private String domain;

    @Column(name = "domain_original")
    private String domainOriginal;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "partner_mission_activity", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "label")
    private Set<String> activities = new TreeSet<>();

    @Convert(converter = StringListConverter.class)
    private List<String> tags = List.of();

    @Convert(converter = StringListConverter.class)
    private List<String> tasks = List.of();

    @Convert(converter = StringListConverter.class)
    private List<String> audience = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(name = "soft_skills")
    private List<String> softSkills = List.of();

    @Convert(converter = StringListConverter.class)
    private List<String> requirements = List.of();

    @Convert(converter = StringListConverter.class)
    @Column(name = "rome_skills")
    private List<String> romeSkills = List.of();

    private String remote;
    private String schedule;
    private Integer duration;

    @Column(name = "posted_at")
    private Instant postedAt;

    @Column(name = "start_at")
    private Instant startAt;

    @Column(name = "end_at")
    private Instant endAt;

    private String priority;
    private String metadata;
    private Integer places;

    @Column(name = "places_status", nullable = false)
    private String placesStatus = "ATTRIBUTED_BY_API";

    private boolean snu;

    @Column(name = "snu_places")
    private Integer snuPlaces;

    @Column(name = "open_to_minors")
    private Boolean openToMinors;

    @Column(name = "reduced_mobility_accessible")
    private Boolean reducedMobilityAccessible;

    @Column(name = "close_to_transport")
    private Boolean closeToTransport;

    @Column(name = "compensation_amount")
    private Double compensationAmount;

    @Column(name = "compensation_amount_max")
    private Double compensationAmountMax;

    @Column(name = "compensation_unit")
    private String compensationUnit;

    @Column(name = "compensation_type")
    private String compensationType;

    @Column(name = "status_code", nullable = false)
    private String statusCode;

    @Column(name = "status_comment")
    private String statusComment;

    @Column(name = "content_hash")
    private String contentHash;

    @Column(name = "last_sync_at")
    private Instant lastSyncAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    /** Generated by the database: ACCEPTED and not deleted. */
    @Column(insertable = false, updatable = false)
    private boolean live;

    @OneToMany(mappedBy = "mission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PartnerMissionAddress> addresses = new ArrayList<>();

    protected PartnerMission() {}

    public PartnerMission(String publisherId, String clientId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.publisherId = publisherId;
        this.clientId = clientId;
        this.createdAt = now;
        this.updatedAt = now;
        this.lastSyncAt = now;
    }

    /** The projection of one of the platform's missions; its clientId is the mission's id. */
    public static PartnerMission projectionOf(long missionId, Instant now) {
        PartnerMission m = new PartnerMission(Publisher.PLATFORM_ID, Long.toString(missionId), now);
        m.sourceMissionId = missionId;
        return m;
    }

    /**
     * Writes a new content and its review. {@code refusal} is the French statusComment of the first failing rule,
     * or null when the mission is accepted. A deleted mission written again is restored. Answers false, writing
     * nothing but the sync time, when the content hash, the review and the organisation are those already stored.
     */
    public boolean write(MissionContent content, String hash, String refusal, PublisherOrganization organization,
            Instant now) {
        String code = refusal == null ? ACCEPTED : REFUSED;
        boolean same = hash.equals(contentHash) && code.equals(statusCode) && java.util.Objects.equals(refusal,
                statusComment) && sameOrganization(organization) && deletedAt == null;
        this.lastSyncAt = now;
        if (same) {
            return false;
        }
        this.title = content.title() == null ? "" : content.title();
        this.description = content.description();
        this.descriptionHtml = content.descriptionHtml();
        this.applicationUrl = content.applicationUrl();
        this.image = content.image();
        this.type = content.type() == null ? "benevolat" : content.type();
        this.domain = content.domain();
        this.domainOriginal = content.domainOriginal();
        this.activities.clear();
        this.activities.addAll(content.activities());
        this.tags = content.tags();
        this.tasks = content.tasks();
        this.audience = content.audience();
        this.softSkills = content.softSkills();
        this.requirements = content.requirements();
        this.romeSkills = content.romeSkills();
        this.remote = content.remote();
        this.schedule = content.schedule();
        this.duration = content.duration();
        this.postedAt = content.postedAt();
        this.startAt = content.startAt();
        this.endAt = content.endAt();
        this.priority = content.priority();
        this.metadata = content.metadata();
        this.places = content.places();
        this.placesStatus = content.placesStatus() == null ? "ATTRIBUTED_BY_API" : content.placesStatus();
        this.snu = content.snu();
        this.snuPlaces = content.snuPlaces();
        this.openToMinors = content.openToMinors();
        this.reducedMobilityAccessible = content.reducedMobilityAccessible();
        this.closeToTransport = content.closeToTransport();
        this.compensationAmount = content.compensationAmount();
        this.compensationAmountMax = content.compensationAmountMax();
        this.compensationUnit = content.compensationUnit();
        this.compensationType = content.compensationType();
        this.statusCode = code;
        this.statusComment = refusal;
        this.contentHash = hash;
        this.organization = organization;
        this.deletedAt = null;
        this.updatedAt = now;
        writeAddresses(content.addresses());
        return true;
    }

    private boolean sameOrganization(PublisherOrganization other) {
        return organization == null ? other == null : other != null && java.util.Objects.equals(organization.getId(),
                other.getId());
    }

    private void writeAddresses(List<AddressData> data) {
        // Addresses are replaced in place, position by position, so their ids stay stable across re-imports.
        for (int i = 0; i < data.size(); i++) {
            if (i < addresses.size()) {
                addresses.get(i).write(data.get(i));
            } else {
                addresses.add(new PartnerMissionAddress(this, i, data.get(i)));
            }
        }
        while (addresses.size() > data.size()) {
            addresses.remove(addresses.size() - 1);
        }
        syncAddressCopies();
    }

    /** Soft delete; answers false when already deleted. */
    public boolean delete(Instant now) {
        if (deletedAt != null) {
            return false;
        }
        this.deletedAt = now;
        this.updatedAt = now;
        syncAddressCopies();
        return true;
    }

    /** The copies the geo index reads; the generated column {@code live} is read back only after a refresh. */
    private void syncAddressCopies() {
        boolean diffusable = isDiffusable();
        Long organizationId = organization == null ? null : organization.getId();
        if (organization != null && organizationId == null) {
            // the copy decides the diffusion exclusions: an organisation without its id yet would escape them
            throw new IllegalStateException("Flush a new organisation before writing its missions");
        }
        for (PartnerMissionAddress a : addresses) {
            a.copyFrom(diffusable, publisherId, organizationId, domain, startAt);
        }
    }

    /** ACCEPTED and not deleted: what {@code live} holds in the database, computed from the fields. */
    public boolean isDiffusable() {
        return ACCEPTED.equals(statusCode) && deletedAt == null;
    }

    public boolean isLive() { return live; }
    public String getId() { return id; }
    public String getPublisherId() { return publisherId; }
    public String getClientId() { return clientId; }
    public PublisherOrganization getOrganization() { return organization; }
    public Long getSourceMissionId() { return sourceMissionId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getDescriptionHtml() { return descriptionHtml; }
    public String getApplicationUrl() { return applicationUrl; }
    public String getImage() { return image; }
    public String getType() { return type; }
    public String getDomain() { return domain; }
    public String getDomainOriginal() { return domainOriginal; }
    public List<String> getActivities() { return List.copyOf(new TreeSet<>(activities)); }
    public List<String> getTags() { return tags; }
    public List<String> getTasks() { return tasks; }
    public List<String> getAudience() { return audience; }
    public List<String> getSoftSkills() { return softSkills; }
    public List<String> getRequirements() { return requirements; }
    public List<String> getRomeSkills() { return romeSkills; }
    public String getRemote() { return remote; }
    public String getSchedule() { return schedule; }
    public Integer getDuration() { return duration; }
    public Instant getPostedAt() { return postedAt; }
    public Instant getStartAt() { return startAt; }
    public Instant getEndAt() { return endAt; }
    public String getPriority() { return priority; }
    public String getMetadata() { return metadata; }
    public Integer getPlaces() { return places; }
    public String getPlacesStatus() { return placesStatus; }
    public boolean isSnu() { return snu; }
    public Integer getSnuPlaces() { return snuPlaces; }
    public Boolean getOpenToMinors() { return openToMinors; }
    public Boolean getReducedMobilityAccessible() { return reducedMobilityAccessible; }
    public Boolean getCloseToTransport() { return closeToTransport; }
    public Double getCompensationAmount() { return compensationAmount; }
    public Double getCompensationAmountMax() { return compensationAmountMax; }
    public String getCompensationUnit() { return compensationUnit; }
    public String getCompensationType() { return compensationType; }
    public String getStatusCode() { return statusCode; }
    public String getStatusComment() { return statusComment; }
    public String getContentHash() { return contentHash; }
    public Instant getLastSyncAt() { return lastSyncAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<PartnerMissionAddress> getAddresses() { return List.copyOf(addresses); }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerMission m && id != null && id.equals(m.id);
    }

    @Override
    public int hashCode() {
        return PartnerMission.class.hashCode();
    }
}
