package fr.engagement.missions.entity;

import static fr.engagement.platform.entity.Party.ADMIN;
import static fr.engagement.platform.entity.Party.REFERENT;
import static fr.engagement.platform.entity.Party.STRUCTURE;
import static fr.engagement.platform.entity.Party.SYSTEM;

import fr.engagement.platform.entity.Party;
import fr.engagement.platform.entity.TransitionTable;
import java.util.Set;

/**
 * Review and life of a mission. The structure submits, corrects, cancels and completes; referents of the mission's
 * department or region (and admins) review; the daily job completes missions a month past their end.
 */
public enum MissionStatus {
    DRAFT("Brouillon", "new"),
    WAITING_VALIDATION("En attente de validation", "warning"),
    IN_REVIEW("En cours de traitement", "info"),
    WAITING_CORRECTION("En attente de correction", "warning"),
    VALIDATED("Validée", "success"),
    REFUSED("Refusée", "error"),
    REPORTED("Signalée", "error"),
    CANCELLED("Annulée", "new"),
    COMPLETED("Terminée", "new");

    private static final TransitionTable<MissionStatus> TABLE = TransitionTable.of(MissionStatus.class)
            .allow(DRAFT, WAITING_VALIDATION, STRUCTURE, ADMIN)
            .allow(WAITING_VALIDATION, IN_REVIEW, REFERENT, ADMIN)
            .allow(WAITING_VALIDATION, WAITING_CORRECTION, REFERENT, ADMIN)
            .allow(WAITING_VALIDATION, VALIDATED, REFERENT, ADMIN)
            .allow(WAITING_VALIDATION, REFUSED, REFERENT, ADMIN)
            .allow(IN_REVIEW, WAITING_CORRECTION, REFERENT, ADMIN)
            .allow(IN_REVIEW, VALIDATED, REFERENT, ADMIN)
            .allow(IN_REVIEW, REFUSED, REFERENT, ADMIN)
            .allow(WAITING_CORRECTION, WAITING_VALIDATION, STRUCTURE, ADMIN)
            // a substantive edit of a validated mission sends it back to review
            .allow(VALIDATED, WAITING_VALIDATION, STRUCTURE, ADMIN)
            .allow(VALIDATED, REPORTED, REFERENT, ADMIN)
            .allow(VALIDATED, CANCELLED, STRUCTURE, ADMIN, SYSTEM)
            .allow(VALIDATED, COMPLETED, STRUCTURE, ADMIN, SYSTEM)
            .allow(DRAFT, CANCELLED, STRUCTURE, ADMIN, SYSTEM)
            .allow(WAITING_VALIDATION, CANCELLED, STRUCTURE, ADMIN, SYSTEM)
            .allow(IN_REVIEW, CANCELLED, STRUCTURE, ADMIN, SYSTEM)
            .allow(WAITING_CORRECTION, CANCELLED, STRUCTURE, ADMIN, SYSTEM)
            // a structure that is reported takes its missions offline
            .allow(DRAFT, REPORTED, SYSTEM)
            .allow(WAITING_VALIDATION, REPORTED, SYSTEM)
            .allow(IN_REVIEW, REPORTED, SYSTEM)
            .allow(WAITING_CORRECTION, REPORTED, SYSTEM)
            .allow(VALIDATED, REPORTED, SYSTEM)
            .allow(REPORTED, IN_REVIEW, ADMIN)
            .allow(REPORTED, CANCELLED, ADMIN);

    private final String label;
    private final String severity;

    MissionStatus(String label, String severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public String severity() {
        return severity;
    }

    public boolean allows(MissionStatus target, Party party) {
        return TABLE.allows(this, target, party);
    }

    public Set<MissionStatus> targets(Party party) {
        return TABLE.targets(this, party);
    }

    /** Statuses after which pending candidatures are closed. */
    public boolean closesCandidatures() {
        return this == CANCELLED || this == REFUSED || this == REPORTED || this == COMPLETED;
    }
}
