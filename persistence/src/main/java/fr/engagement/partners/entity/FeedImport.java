package fr.engagement.partners.entity;

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

/**
 * One import of an announcer's missions, with the peer's counters (§1.5). Its counters grow while it runs, so a
 * screen reading it sees the progress; {@code missionCount} and {@code refusedCount} are those of the publisher's
 * catalogue after the import, as in the peer.
 */
@Entity
@Table(name = "feed_import")
@NamedQuery(name = FeedImport.OF_PUBLISHER, query = "SELECT i FROM FeedImport i WHERE i.publisherId = :publisher"
        + " ORDER BY i.startedAt DESC")
public class FeedImport implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OF_PUBLISHER = "FeedImport.ofPublisher";

    public enum Status { RUNNING, SUCCESS, FAILED }

    public enum Trigger { SCHEDULE, ADMIN, API, PARTNER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "publisher_id", nullable = false, updatable = false)
    private String publisherId;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_source", nullable = false, updatable = false)
    private Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.RUNNING;

    private String error;

    @Column(name = "batch_execution_id")
    private Long batchExecutionId;

    @Column(name = "received_count")
    private int receivedCount;

    @Column(name = "created_count")
    private int createdCount;

    @Column(name = "updated_count")
    private int updatedCount;

    @Column(name = "unchanged_count")
    private int unchangedCount;

    @Column(name = "deleted_count")
    private int deletedCount;

    @Column(name = "refused_count")
    private int refusedCount;

    @Column(name = "mission_count")
    private int missionCount;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected FeedImport() {}

    public FeedImport(String publisherId, Trigger trigger, Instant now) {
        this.publisherId = publisherId;
        this.trigger = trigger;
        this.startedAt = now;
    }

    public void attachExecution(long executionId) {
        this.batchExecutionId = executionId;
    }

    /** Adds the counts of one chunk. */
    public void progress(int received, int created, int updated, int unchanged) {
        this.receivedCount += received;
        this.createdCount += created;
        this.updatedCount += updated;
        this.unchangedCount += unchanged;
    }

    public void succeed(int deleted, int missionCount, int refusedCount, Instant now) {
        requireRunning();
        this.deletedCount = deleted;
        this.missionCount = missionCount;
        this.refusedCount = refusedCount;
        this.status = Status.SUCCESS;
        this.finishedAt = now;
    }

    /** A failed import deletes nothing; {@code error} is the peer's text ("Empty xml", "404 - Not Found", ...). */
    public void fail(String error, int missionCount, int refusedCount, Instant now) {
        requireRunning();
        this.error = error;
        this.missionCount = missionCount;
        this.refusedCount = refusedCount;
        this.status = Status.FAILED;
        this.finishedAt = now;
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("Import " + id + " is already " + status);
        }
    }

    public Long getId() { return id; }
    public String getPublisherId() { return publisherId; }
    public Trigger getTrigger() { return trigger; }
    public Status getStatus() { return status; }
    public String getError() { return error; }
    public Long getBatchExecutionId() { return batchExecutionId; }
    public int getReceivedCount() { return receivedCount; }
    public int getCreatedCount() { return createdCount; }
    public int getUpdatedCount() { return updatedCount; }
    public int getUnchangedCount() { return unchangedCount; }
    public int getDeletedCount() { return deletedCount; }
    public int getRefusedCount() { return refusedCount; }
    public int getMissionCount() { return missionCount; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
}
