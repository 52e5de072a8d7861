package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A partner platform of the exchange. An announcer sends missions (feed or v2 API); a broadcaster shows others'
 * missions (API, widget or campaign rights); many are both. The platform itself is a publisher ({@link #isPlatform()}).
 * Its API key is never stored: only its SHA-256 ({@link ApiKeys}), so a key is shown once, at creation or rotation.
 */
@Entity
@Table(name = "publisher")
@NamedQuery(name = Publisher.BY_KEY_HASH,
        query = "SELECT p FROM Publisher p WHERE p.apiKeyHash = :hash AND p.deletedAt IS NULL")
@NamedQuery(name = Publisher.ANNOUNCERS_WITH_FEED,
        query = "SELECT p FROM Publisher p WHERE p.annonceur = TRUE AND p.deletedAt IS NULL AND p.feedUrl IS NOT NULL"
                + " ORDER BY p.name")
@NamedQuery(name = Publisher.PLATFORM, query = "SELECT p FROM Publisher p WHERE p.platform = TRUE")
public class Publisher implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String BY_KEY_HASH = "Publisher.byKeyHash";
    public static final String ANNOUNCERS_WITH_FEED = "Publisher.announcersWithFeed";
    public static final String PLATFORM = "Publisher.platform";

    /** The platform's own publisher id, written by the migration V4. */
    public static final String PLATFORM_ID = "6a0e5e0c1c0e0c1e2026ec01";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 24)
    private String id;

    @NotBlank(message = "Le nom du partenaire est obligatoire.")
    @Size(max = 255, message = "Le nom du partenaire ne doit pas dépasser 255 caractères.")
    private String name;

    private String category;
    private String url;
    private String email;
    private String logo;

    @Column(name = "default_mission_logo")
    private String defaultMissionLogo;

    private String description;

    /** The peer's MissionType value given to the missions of this publisher's feed. */
    @Column(name = "mission_type")
    private String missionType = "benevolat";

    private boolean annonceur;

    @Column(name = "api_rights")
    private boolean apiRights;

    @Column(name = "widget_rights")
    private boolean widgetRights;

    @Column(name = "campaign_rights")
    private boolean campaignRights;

    private boolean moderator;

    private boolean platform;

    @Column(name = "feed_url")
    private String feedUrl;

    @Column(name = "feed_username")
    private String feedUsername;

    @Column(name = "feed_password")
    private String feedPassword;

    /** Its tracked links carry mtm_* (Matomo) instead of utm_* attribution parameters. */
    @Column(name = "matomo_params")
    private boolean matomoParams;

    /** The start of the last successful feed import: every mission it left undeleted was in that feed. */
    @Column(name = "feed_synced_at")
    private Instant feedSyncedAt;

    @Column(name = "api_key_hash")
    private String apiKeyHash;

    @Column(name = "api_key_hint")
    private String apiKeyHint;

    @Column(name = "api_key_created_at")
    private Instant apiKeyCreatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Publisher() {}

    public Publisher(String name, Instant now) {
        this.id = newId();
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** A 24-hex id, the peer's (ObjectId-like) shape, so partners' id columns keep fitting. */
    public static String newId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Replaces the API key and returns the new one in clear: the caller shows it once, it cannot be read again.
     */
    public String rotateApiKey(Instant now) {
        String key = ApiKeys.generate();
        this.apiKeyHash = ApiKeys.hash(key);
        this.apiKeyHint = key.substring(0, 6);
        this.apiKeyCreatedAt = now;
        this.updatedAt = now;
        return key;
    }

    public void delete(Instant now) {
        if (platform) {
            throw new IllegalStateException("The platform publisher cannot be deleted");
        }
        this.deletedAt = now;
        this.updatedAt = now;
    }

    /** A broadcaster is any publisher with API, widget or campaign rights (the peer's rule). */
    public boolean isDiffuseur() {
        return apiRights || widgetRights || campaignRights;
    }

    /** A feed import that started at {@code syncTime} succeeded. */
    public void feedSynced(Instant syncTime) {
        if (feedSyncedAt == null || syncTime.isAfter(feedSyncedAt)) {
            this.feedSyncedAt = syncTime;
        }
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public void setAnnouncer(boolean annonceur, String missionType) {
        this.annonceur = annonceur;
        this.missionType = missionType;
    }

    public void setRights(boolean api, boolean widget, boolean campaign) {
        this.apiRights = api;
        this.widgetRights = widget;
        this.campaignRights = campaign;
    }

    public void setFeed(String url, String username, String password) {
        this.feedUrl = blankToNull(url);
        this.feedUsername = blankToNull(username);
        this.feedPassword = blankToNull(password);
    }

    public void describe(String category, String url, String email, String logo, String defaultMissionLogo,
            String description) {
        this.category = category;
        this.url = url;
        this.email = email;
        this.logo = logo;
        this.defaultMissionLogo = defaultMissionLogo;
        this.description = description;
    }

    public void setModerator(boolean moderator) {
        this.moderator = moderator;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getCategory() { return category; }
    public String getUrl() { return url; }
    public String getEmail() { return email; }
    public String getLogo() { return logo; }
    public String getDefaultMissionLogo() { return defaultMissionLogo; }
    public String getDescription() { return description; }
    public String getMissionType() { return missionType; }
    public boolean isAnnonceur() { return annonceur; }
    public boolean isApiRights() { return apiRights; }
    public boolean isWidgetRights() { return widgetRights; }
    public boolean isCampaignRights() { return campaignRights; }
    public boolean isModerator() { return moderator; }
    public boolean isPlatform() { return platform; }
    public String getFeedUrl() { return feedUrl; }
    public Instant getFeedSyncedAt() { return feedSyncedAt; }
    public boolean isMatomoParams() { return matomoParams; }
    public void setMatomoParams(boolean matomoParams) { this.matomoParams = matomoParams; }
    public String getFeedUsername() { return feedUsername; }
    public String getFeedPassword() { return feedPassword; }
    public String getApiKeyHint() { return apiKeyHint; }
    public Instant getApiKeyCreatedAt() { return apiKeyCreatedAt; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Publisher p && id != null && id.equals(p.id);
    }

    @Override
    public int hashCode() {
        return Publisher.class.hashCode();
    }
}
