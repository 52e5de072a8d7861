package fr.engagement.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A visitor (its pseudonymous hash) that behaves as a robot whose user agent does not say so: many clicks in 24 hours,
 * all from one broadcaster, none followed by an application or an account (the peer's WarningBot). Once an
 * administrator blocks it (the peer's StatBot), its events are flagged {@code is_bot} and leave the statistics; the
 * flags are the tracking's business, this entity only holds who was seen, what it did, and who decided.
 */
@Entity
@Table(name = "bot_suspect")
public class BotSuspect {

    @Id
    @Column(name = "user_hash", length = 64)
    private String userHash;

    @Column(name = "user_agent")
    private String userAgent;

    @Column(name = "from_publisher_id")
    private String fromPublisherId;

    @Column(name = "click_count", nullable = false)
    private int clickCount;

    @Column(name = "print_count", nullable = false)
    private int printCount;

    @Column(name = "first_click_at", nullable = false)
    private Instant firstClickAt;

    @Column(name = "last_click_at", nullable = false)
    private Instant lastClickAt;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "blocked_at")
    private Instant blockedAt;

    @Column(name = "blocked_by")
    private String blockedBy;

    @Version
    private long version;

    protected BotSuspect() {}

    public BotSuspect(String userHash, String userAgent) {
        this.userHash = Objects.requireNonNull(userHash);
        this.userAgent = userAgent == null || userAgent.length() <= 1000 ? userAgent : userAgent.substring(0, 1000);
    }

    /** What the last watch saw over its 24 hours; a blocked suspect keeps the figures it was blocked on. */
    public void seen(String broadcaster, int clicks, int prints, Instant firstClick, Instant lastClick, Instant now) {
        if (isBlocked()) {
            return;
        }
        this.fromPublisherId = broadcaster;
        this.clickCount = clicks;
        this.printCount = prints;
        this.firstClickAt = firstClick;
        this.lastClickAt = lastClick;
        this.detectedAt = now;
    }

    /** False when it was blocked already. */
    public boolean block(String by, Instant now) {
        if (isBlocked()) {
            return false;
        }
        blockedAt = now;
        blockedBy = by;
        return true;
    }

    /** False when it was not blocked. */
    public boolean unblock() {
        if (!isBlocked()) {
            return false;
        }
        blockedAt = null;
        blockedBy = null;
        return true;
    }

    public boolean isBlocked() { return blockedAt != null; }
    public String getUserHash() { return userHash; }
    public String getUserAgent() { return userAgent; }
    public String getFromPublisherId() { return fromPublisherId; }
    public int getClickCount() { return clickCount; }
    public int getPrintCount() { return printCount; }
    public Instant getFirstClickAt() { return firstClickAt; }
    public Instant getLastClickAt() { return lastClickAt; }
    public Instant getDetectedAt() { return detectedAt; }
    public Instant getBlockedAt() { return blockedAt; }
    public String getBlockedBy() { return blockedBy; }
}
