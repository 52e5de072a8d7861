package fr.engagement.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An email recorded in the same transaction as the change that causes it, and sent later by a timer: a mail server
 * that is down delays mail and loses none.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final int MAX_ATTEMPTS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 190)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {}

    public OutboxMail(String recipient, String subject, String bodyHtml, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public void sent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    /** Backs off exponentially (1, 2, 4 ... minutes) and gives up after ten attempts, keeping the error. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "erreur inconnue" : error.substring(0, Math.min(1000, error.length()));
        nextAttemptAt = attempts >= MAX_ATTEMPTS ? now.plus(Duration.ofDays(3650))
                : now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
