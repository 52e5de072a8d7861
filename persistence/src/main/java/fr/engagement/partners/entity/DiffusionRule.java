package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A diffusion rule (§4 of the reference). A root says "broadcaster {@code publisherId} diffuses announcer
 * {@code value}" (field {@code publisherId}, operator {@code is}, no parent); a child (with {@code parentId}) narrows
 * a root, typically excluding an organisation. Rules are read at each request, so a change takes effect at once.
 */
@Entity
@Table(name = "diffusion_rule")
@NamedQuery(name = DiffusionRule.OF_BROADCASTER,
        query = "SELECT r FROM DiffusionRule r WHERE r.publisherId = :publisher")
@NamedQuery(name = DiffusionRule.ROOTS_OF_ANNOUNCER, query = "SELECT r FROM DiffusionRule r"
        + " WHERE r.field = 'publisherId' AND r.value = :announcer AND r.parentId IS NULL")
public class DiffusionRule implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_BROADCASTER = "DiffusionRule.ofBroadcaster";
    public static final String ROOTS_OF_ANNOUNCER = "DiffusionRule.rootsOfAnnouncer";
    public static final String ROOT_FIELD = "publisherId";

    @Id
    @Column(length = 36)
    private String id;

    /** The broadcaster the rule is for. */
    @Column(name = "publisher_id", nullable = false, updatable = false)
    private String publisherId;

    @Column(name = "parent_id", updatable = false)
    private String parentId;

    @Column(nullable = false)
    private String field;

    @Column(name = "field_type", nullable = false)
    private String fieldType = "string";

    @Column(nullable = false)
    private String operator;

    @Column(nullable = false)
    private String value;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected DiffusionRule() {}

    private DiffusionRule(String publisherId, String parentId, String field, String fieldType, String operator,
            String value, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.publisherId = publisherId;
        this.parentId = parentId;
        this.field = field;
        this.fieldType = fieldType == null ? "string" : fieldType;
        this.operator = operator;
        this.value = value;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Broadcaster {@code broadcasterId} diffuses the missions of {@code announcerId}. */
    public static DiffusionRule root(String broadcasterId, String announcerId, Instant now) {
        return new DiffusionRule(broadcasterId, null, ROOT_FIELD, "string", "is", announcerId, now);
    }

    /** A criterion narrowing a root. */
    public static DiffusionRule child(DiffusionRule root, String field, String fieldType, String operator,
            String value, Instant now) {
        if (!root.isRoot()) {
            throw new IllegalArgumentException("A criterion narrows a root rule");
        }
        return new DiffusionRule(root.publisherId, root.id, field, fieldType, operator, value, now);
    }

    public boolean isRoot() {
        return parentId == null && ROOT_FIELD.equals(field) && "is".equals(operator);
    }

    public void changeOperator(String operator, Instant now) {
        this.operator = operator;
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getPublisherId() { return publisherId; }
    public String getParentId() { return parentId; }
    public String getField() { return field; }
    public String getFieldType() { return fieldType; }
    public String getOperator() { return operator; }
    public String getValue() { return value; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
