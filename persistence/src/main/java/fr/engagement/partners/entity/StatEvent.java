package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;

/**
 * A tracking event (§1.4 of the reference): a click on a tracked link, an impression ({@code print}), an
 * application ({@code apply}) or an account creation ({@code account}). {@code from} is the broadcaster that
 * generated the traffic, {@code to} the announcer owning the mission. The id is a UUIDv7, the click id partners
 * receive as {@code apiengagement_id}. The visitor is only a pseudonymous hash ({@code userHash}); no IP is kept.
 */
@Entity
@Table(name = "stat_event")
@NamedQuery(name = StatEvent.ACTIVITY_OF, query = "SELECT e FROM StatEvent e WHERE e.clientEventId = :clientEventId"
        + " AND e.toPublisherId = :to AND e.type IN ('apply', 'account')")
@NamedQuery(name = StatEvent.RECENT_OF_CLICK, query = "SELECT e FROM StatEvent e WHERE e.clickId = :click"
        + " AND e.type = :type AND e.createdAt > :since ORDER BY e.createdAt")
@NamedQuery(name = StatEvent.RECENT_OF_CLIENT_EVENT, query = "SELECT e FROM StatEvent e"
        + " WHERE e.clientEventId = :clientEventId AND e.toPublisherId = :to AND e.type = :type"
        + " AND e.createdAt > :since ORDER BY e.createdAt")
public class StatEvent implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTIVITY_OF = "StatEvent.activityOf";
    public static final String RECENT_OF_CLICK = "StatEvent.recentOfClick";
    public static final String RECENT_OF_CLIENT_EVENT = "StatEvent.recentOfClientEvent";

    public static final String CLICK = "click";
    public static final String PRINT = "print";
    public static final String APPLY = "apply";
    public static final String ACCOUNT = "account";

    /** The statuses a partner may set through /v2/activity ({@code CANCEL} is the peer's legacy value, never set). */
    public static final Set<String> STATUSES = Set.of("PENDING", "VALIDATED", "CANCELED", "REFUSED", "CARRIED_OUT");

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, updatable = false)
    private String type;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column(name = "source_id", updatable = false)
    private String sourceId;

    @Column(name = "source_name", updatable = false)
    private String sourceName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "from_publisher_id", updatable = false)
    private String fromPublisherId;

    @Column(name = "to_publisher_id", updatable = false)
    private String toPublisherId;

    @Column(name = "mission_id", updatable = false)
    private String missionId;

    @Column(name = "mission_client_id", updatable = false)
    private String missionClientId;

    @Column(name = "click_id", updatable = false)
    private String clickId;

    @Column(name = "client_event_id", updatable = false)
    private String clientEventId;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(updatable = false)
    private String referer;

    @Column(name = "user_agent", updatable = false)
    private String userAgent;

    @Column(updatable = false)
    private String host;

    @Column(updatable = false)
    private String origin;

    @Column(name = "user_hash", updatable = false)
    private String userHash;

    @Column(name = "is_bot")
    private boolean bot;

    @Column(name = "is_human")
    private boolean human;

    @Column(nullable = false)
    private String status = "PENDING";

    @Column(updatable = false)
    private String tag;

    @Column(updatable = false)
    private String tags;

    @Column(name = "custom_attributes", updatable = false)
    private String customAttributes;

    protected StatEvent() {}

    /**
     * A new event; the optional fields are set by the {@code with*} methods before it is persisted.
     *
     * @param id a UUIDv7, so that rows are appended in key order
     */
    public StatEvent(String id, String type, String source, String fromPublisherId, String toPublisherId,
            String missionId, Instant now) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.fromPublisherId = fromPublisherId;
        this.toPublisherId = toPublisherId;
        this.missionId = missionId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public StatEvent withMissionClientId(String value) { this.missionClientId = cut(value, 255); return this; }
    public StatEvent withSourceDetail(String id, String name) {
        this.sourceId = cut(id, 64);
        this.sourceName = cut(name, 255);
        return this;
    }
    public StatEvent withClick(String value) { this.clickId = value; return this; }
    public StatEvent withClientEventId(String value) { this.clientEventId = cut(value, 255); return this; }
    public StatEvent withRequestId(String value) { this.requestId = cut(value, 255); return this; }
    public StatEvent withTag(String value) { this.tag = cut(value, 255); return this; }
    public StatEvent withTags(String value) { this.tags = value; return this; }
    public StatEvent withCustomAttributes(String json) { this.customAttributes = json; return this; }
    public StatEvent asHuman() { this.human = true; return this; }
    /** A click or conversion of a visitor an administrator blocked: stored, never counted. */
    public StatEvent asBot() { this.bot = true; return this; }

    /** Who and where from, as the request told (the referer without its query string, the user as a hash). */
    public StatEvent withVisitor(String userHash, String referer, String userAgent, String host, String origin) {
        this.userHash = userHash;
        this.referer = cut(referer, 1000);
        this.userAgent = cut(userAgent, 1000);
        this.host = cut(host, 255);
        this.origin = cut(origin, 1000);
        return this;
    }

    /** The visitor behind a click moved the mouse, typed or scrolled on the announcer's page. */
    public boolean confirmHuman(Instant now) {
        if (human) {
            return false;
        }
        this.human = true;
        this.updatedAt = now;
        return true;
    }

    /** A partner's decision on an application or an account (PUT /v2/activity); see {@link #STATUSES}. */
    public void changeStatus(String status, Instant now) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("Unknown status " + status);
        }
        this.status = status;
        this.updatedAt = now;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String getId() { return id; }
    public String getType() { return type; }
    public String getSource() { return source; }
    public String getSourceId() { return sourceId; }
    public String getSourceName() { return sourceName; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getFromPublisherId() { return fromPublisherId; }
    public String getToPublisherId() { return toPublisherId; }
    public String getMissionId() { return missionId; }
    public String getMissionClientId() { return missionClientId; }
    public String getClickId() { return clickId; }
    public String getClientEventId() { return clientEventId; }
    public String getRequestId() { return requestId; }
    public String getReferer() { return referer; }
    public String getUserAgent() { return userAgent; }
    public String getHost() { return host; }
    public String getOrigin() { return origin; }
    public String getUserHash() { return userHash; }
    public boolean isBot() { return bot; }
    public boolean isHuman() { return human; }
    public String getStatus() { return status; }
    public String getTag() { return tag; }
    public String getTags() { return tags; }
    public String getCustomAttributes() { return customAttributes; }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatEvent e && id != null && id.equals(e.id);
    }

    @Override
    public int hashCode() {
        return StatEvent.class.hashCode();
    }
}
