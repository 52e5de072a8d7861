package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A broadcaster's widget (§1.7 of the reference): an iframe of missions hosted by the platform. The redirects read
 * its owner (the broadcaster credited with the clicks) and its name (utm_campaign); the display settings are here
 * for the widget screens to come.
 */
@Entity
@Table(name = "widget")
public class Widget implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "from_publisher_id", nullable = false)
    private String fromPublisherId;

    @Column(nullable = false)
    private String type = "benevolat";

    @Column(nullable = false)
    private String style = "page";

    @Column(nullable = false)
    private String color = "#000091";

    private String url;

    private boolean active = true;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Widget() {}

    public Widget(String name, String fromPublisherId, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.fromPublisherId = fromPublisherId;
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
    public String getFromPublisherId() { return fromPublisherId; }
    public String getType() { return type; }
    public String getStyle() { return style; }
    public String getColor() { return color; }
    public String getUrl() { return url; }
    public boolean isActive() { return active; }
    public Instant getDeletedAt() { return deletedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
