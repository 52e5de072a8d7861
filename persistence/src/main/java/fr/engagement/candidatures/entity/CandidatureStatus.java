package fr.engagement.candidatures.entity;

import static fr.engagement.platform.entity.Party.ADMIN;
import static fr.engagement.platform.entity.Party.CANDIDATE;
import static fr.engagement.platform.entity.Party.REFERENT;
import static fr.engagement.platform.entity.Party.STRUCTURE;
import static fr.engagement.platform.entity.Party.SYSTEM;

import fr.engagement.platform.entity.Party;
import fr.engagement.platform.entity.TransitionTable;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who may move a candidature where (SPEC, « Candidature »). Referents act on SNU candidatures of their territory
 * with any transition of the graph and only read bénévolat ones: {@link Candidature} applies that rule.
 */
public enum CandidatureStatus {
    PROPOSED("Proposée", "new"),
    WAITING_VALIDATION("En attente de validation", "warning"),
    IN_REVIEW("En cours de traitement", "info"),
    VALIDATED("Validée", "success"),
    IN_PROGRESS("En cours", "info"),
    DONE("Effectuée", "success"),
    REFUSED("Refusée", "error"),
    CANCELLED("Annulée", "new"),
    ABANDONED("Abandonnée", "new");

    private static final TransitionTable<CandidatureStatus> TABLE = TransitionTable.of(CandidatureStatus.class)
            // the candidate accepts or declines a proposal
            .allow(PROPOSED, WAITING_VALIDATION, CANDIDATE, ADMIN)
            .allow(PROPOSED, CANCELLED, CANDIDATE, ADMIN, SYSTEM)
            // the structure's first reply moves it to review; so may the structure itself
            .allow(WAITING_VALIDATION, IN_REVIEW, STRUCTURE, ADMIN, SYSTEM)
            .allow(WAITING_VALIDATION, VALIDATED, STRUCTURE, ADMIN)
            .allow(WAITING_VALIDATION, REFUSED, STRUCTURE, ADMIN, SYSTEM)
            .allow(WAITING_VALIDATION, CANCELLED, CANDIDATE, ADMIN, SYSTEM)
            .allow(IN_REVIEW, VALIDATED, STRUCTURE, ADMIN)
            .allow(IN_REVIEW, REFUSED, STRUCTURE, ADMIN, SYSTEM)
            .allow(IN_REVIEW, CANCELLED, CANDIDATE, ADMIN, SYSTEM)
            .allow(VALIDATED, IN_PROGRESS, STRUCTURE, ADMIN)
            .allow(VALIDATED, DONE, CANDIDATE, STRUCTURE, ADMIN)
            .allow(VALIDATED, ABANDONED, CANDIDATE, STRUCTURE, ADMIN)
            // a mission cancelled or reported closes even validated candidatures
            .allow(VALIDATED, CANCELLED, ADMIN, SYSTEM)
            .allow(IN_PROGRESS, DONE, CANDIDATE, STRUCTURE, ADMIN)
            .allow(IN_PROGRESS, ABANDONED, CANDIDATE, STRUCTURE, ADMIN);

    private static final Set<CandidatureStatus> PENDING = EnumSet.of(PROPOSED, WAITING_VALIDATION, IN_REVIEW);
    private static final Set<CandidatureStatus> TAKING_PLACE = EnumSet.of(VALIDATED, IN_PROGRESS, DONE);
    private static final Set<CandidatureStatus> OVER = EnumSet.of(REFUSED, CANCELLED, ABANDONED);

    private final String label;
    private final String severity;

    CandidatureStatus(String label, String severity) {
        this.label = label;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    public String severity() {
        return severity;
    }

    /** The table for every party but referents, whose rights depend on the programme. */
    public boolean allows(CandidatureStatus target, Party party) {
        if (party == REFERENT) {
            return TABLE.isEdge(this, target);
        }
        return TABLE.allows(this, target, party);
    }

    public Set<CandidatureStatus> targets(Party party) {
        if (party == REFERENT) {
            Set<CandidatureStatus> all = EnumSet.noneOf(CandidatureStatus.class);
            for (CandidatureStatus s : values()) {
                if (TABLE.isEdge(this, s)) {
                    all.add(s);
                }
            }
            return all;
        }
        return TABLE.targets(this, party);
    }

    public boolean isPending() {
        return PENDING.contains(this);
    }

    public boolean takesPlace() {
        return TAKING_PLACE.contains(this);
    }

    /** Not over: counts for the one-live-candidature-per-mission rule. */
    public boolean isLive() {
        return !OVER.contains(this);
    }

    public static Set<CandidatureStatus> pending() {
        return EnumSet.copyOf(PENDING);
    }
}
