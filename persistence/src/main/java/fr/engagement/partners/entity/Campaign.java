package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A campaign (§1.6 of the reference): a tracked link ({@code /r/campaign/<id>}) that a broadcaster puts in a banner,
 * a mailing or a tile, towards a page of an announcer. Its trackers are extra query parameters added to the target,
 * stored as a JSON list of "key=value" strings.
 */
@Entity
@Table(name = "campaign")
public class Campaign implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The peer's CampaignType values. */
    public static final List<String> TYPES = List.of("AD_BANNER", "MAILING", "TILE_BUTTON", "OTHER");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String type = "OTHER";

    @Column(name = "url_source")
    private String urlSource;

    @Column(nullable = false)
    private String url;

    @Column(name = "from_publisher_id", nullable = false)
    private String fromPublisherId;

    @Column(name = "to_publisher_id", nullable = false)
    private String toPublisherId;

    @Convert(converter = StringListConverter.class)
    private List<String> trackers = List.of();

    private boolean active = true;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Campaign() {}

    public Campaign(String name, String type, String url, String fromPublisherId, String toPublisherId,
            List<String> trackers, Instant now) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Unknown campaign type " + type);
        }
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.type = type;
        this.url = url;
        this.fromPublisherId = fromPublisherId;
        this.toPublisherId = toPublisherId;
        this.trackers = trackers == null ? List.of() : List.copyOf(trackers);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void delete(Instant now) {
        this.deletedAt = now;
        this.active = false;
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getType() { return type; }
    public String getUrlSource() { return urlSource; }
    public String getUrl() { return url; }
    public String getFromPublisherId() { return fromPublisherId; }
    public String getToPublisherId() { return toPublisherId; }
    /** "key=value" strings, in order. */
    public List<String> getTrackers() { return trackers; }
    public boolean isActive() { return active; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
