package fr.engagement.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an object's history: who moved it from which status to which, when, and why. Never changed. */
@Entity
@Table(name = "status_change")
@NamedQuery(name = StatusChange.OF_SUBJECT, query = "SELECT c FROM StatusChange c WHERE c.subjectType = :type"
        + " AND c.subjectId = :id ORDER BY c.changedAt, c.id")
public class StatusChange implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_SUBJECT = "StatusChange.ofSubject";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private SubjectType subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "from_status", length = 30)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 30)
    private String toStatus;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_name", nullable = false, length = 210)
    private String actorName;

    @Column(length = 1000)
    private String comment;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected StatusChange() {}

    public StatusChange(SubjectType subjectType, long subjectId, String fromStatus, String toStatus, Long actorId,
            String actorName, String comment, Instant changedAt) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actorId = actorId;
        this.actorName = actorName;
        this.comment = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(1000, comment.strip().length()));
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public SubjectType getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getComment() {
        return comment;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
