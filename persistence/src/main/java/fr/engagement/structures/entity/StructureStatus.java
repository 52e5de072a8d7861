package fr.engagement.structures.entity;

import static fr.engagement.platform.entity.Party.ADMIN;
import static fr.engagement.platform.entity.Party.REFERENT;
import static fr.engagement.platform.entity.Party.STRUCTURE;
import static fr.engagement.platform.entity.Party.SYSTEM;

import fr.engagement.platform.entity.Party;
import fr.engagement.platform.entity.TransitionTable;
import java.util.Set;

/**
 * Review workflow of a structure. The reference enforces it only in its screens; here it is the one table every
 * boundary goes through.
 */
public enum StructureStatus {
    DRAFT("Brouillon", "new"),
    WAITING_VALIDATION("En attente de validation", "warning"),
    IN_REVIEW("En cours de traitement", "info"),
    VALIDATED("Validée", "success"),
    REPORTED("Signalée", "error"),
    UNSUBSCRIBED("Désinscrite", "new");

    private static final TransitionTable<StructureStatus> TABLE = TransitionTable.of(StructureStatus.class)
            // a complete profile goes to review by itself
            .allow(DRAFT, WAITING_VALIDATION, SYSTEM, ADMIN)
            .allow(WAITING_VALIDATION, IN_REVIEW, REFERENT, ADMIN)
            .allow(WAITING_VALIDATION, VALIDATED, REFERENT, ADMIN)
            .allow(WAITING_VALIDATION, REPORTED, REFERENT, ADMIN)
            .allow(IN_REVIEW, VALIDATED, REFERENT, ADMIN)
            .allow(IN_REVIEW, REPORTED, REFERENT, ADMIN)
            .allow(VALIDATED, IN_REVIEW, REFERENT, ADMIN)
            .allow(VALIDATED, REPORTED, REFERENT, ADMIN)
            // only an admin lifts a report
            .allow(REPORTED, IN_REVIEW, ADMIN)
            .allow(DRAFT, UNSUBSCRIBED, STRUCTURE, ADMIN)
            .allow(WAITING_VALIDATION, UNSUBSCRIBED, STRUCTURE, ADMIN)
            .allow(IN_REVIEW, UNSUBSCRIBED, STRUCTURE, ADMIN)
            .allow(VALIDATED, UNSUBSCRIBED, STRUCTURE, ADMIN);

    private final String label;
    private final String severity;

    StructureStatus(String label, String severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public String severity() {
        return severity;
    }

    public boolean allows(StructureStatus target, Party party) {
        return TABLE.allows(this, target, party);
    }

    public Set<StructureStatus> targets(Party party) {
        return TABLE.targets(this, party);
    }
}
