package fr.engagement.candidatures.entity;

import fr.engagement.accounts.entity.Account;
import fr.engagement.missions.entity.Mission;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.IllegalTransitionException;
import fr.engagement.platform.entity.Party;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's candidature to a mission. Every status change goes through {@link #changeStatus}, which applies the
 * transition table and keeps the mission's places in step: entering a place-taking status takes a place (and fails
 * on a full mission), leaving one gives it back.
 */
@Entity
@Table(name = "candidature")
public class Candidature implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_PENDING = 15;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "candidate_id")
    private Account candidate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Program program = Program.BENEVOLAT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CandidatureStatus status;

    @Column(columnDefinition = "TEXT")
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_reason", length = 40)
    private RefusalReason refusalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason", length = 40)
    private CancelReason cancelReason;

    @Column(name = "reason_comment", length = 1000)
    private String reasonComment;

    @Column(name = "hours_done")
    private Integer hoursDone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Candidature() {}

    public Candidature(Mission mission, Account candidate, Program program, String message, Instant now) {
        this.mission = Objects.requireNonNull(mission);
        this.candidate = Objects.requireNonNull(candidate);
        this.program = program;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.status = CandidatureStatus.WAITING_VALIDATION;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Referents act only on SNU candidatures; on bénévolat ones they have no party (read only).
     */
    public static Party effectiveParty(Party party, Program program) {
        return party == Party.REFERENT && program != Program.SNU ? null : party;
    }

    public CandidatureStatus changeStatus(CandidatureStatus target, Party party, Instant now) {
        Party effective = effectiveParty(party, program);
        if (effective == null || !status.allows(target, effective)) {
            throw new IllegalTransitionException("La candidature ne peut pas passer de « " + status.label()
                    + " » à « " + target.label() + " ».");
        }
        if (!status.takesPlace() && target.takesPlace()) {
            mission.takePlace();
        } else if (status.takesPlace() && !target.takesPlace()) {
            mission.releasePlace();
        }
        CandidatureStatus previous = status;
        status = target;
        updatedAt = now;
        return previous;
    }

    public CandidatureStatus refuse(RefusalReason reason, String comment, Party party, Instant now) {
        if (reason == null) {
            throw new BusinessException("Indiquez la raison du refus.");
        }
        CandidatureStatus previous = changeStatus(CandidatureStatus.REFUSED, party, now);
        refusalReason = reason;
        reasonComment = trim(comment);
        return previous;
    }

    public CandidatureStatus cancel(CancelReason reason, String comment, Party party, Instant now) {
        if (reason == null) {
            throw new BusinessException("Indiquez la raison de l'annulation.");
        }
        if (party == Party.CANDIDATE && !reason.chosenByCandidate()) {
            throw new BusinessException("Cette raison d'annulation est réservée à la plateforme.");
        }
        CandidatureStatus previous = changeStatus(CandidatureStatus.CANCELLED, party, now);
        cancelReason = reason;
        reasonComment = trim(comment);
        return previous;
    }

    private static String trim(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > 1000 ? t.substring(0, 1000) : t;
    }

    public boolean isOf(long accountId) {
        return candidate.getId() != null && candidate.getId() == accountId;
    }

    public Long getId() {
        return id;
    }

    public Mission getMission() {
        return mission;
    }

    public Account getCandidate() {
        return candidate;
    }

    public Program getProgram() {
        return program;
    }

    public CandidatureStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public RefusalReason getRefusalReason() {
        return refusalReason;
    }

    public CancelReason getCancelReason() {
        return cancelReason;
    }

    public String getReasonComment() {
        return reasonComment;
    }

    public Integer getHoursDone() {
        return hoursDone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
