package fr.engagement.demo.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Mission;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A mission of the demo and the rest of its story: the builder leaves it validated when something is still to
 * happen to it (candidatures, then completion, cancellation or a report), and {@code closeAt} bounds that.
 */
final class MissionPlan {

    /** What ends the mission's life, after its candidatures. */
    enum Ending { NONE, COMPLETE, CANCEL, REPORT, STRUCTURE_REPORTED, STRUCTURE_UNSUBSCRIBED }

    final Mission mission;
    final String structureKey;
    final Account responsable;
    final Account referent;
    final Ending ending;
    final Instant validatedAt;
    final Instant closeAt;

    MissionPlan(Mission mission, String structureKey, Account responsable, Account referent, Ending ending,
            Instant validatedAt, Instant closeAt) {
        this.mission = mission;
        this.structureKey = structureKey;
        this.responsable = responsable;
        this.referent = referent;
        this.ending = ending;
        this.validatedAt = validatedAt;
        this.closeAt = closeAt;
    }

    /** Validated at some point, so people could apply. */
    boolean tookCandidatures() {
        return validatedAt != null;
    }

    boolean staysOnline() {
        return validatedAt != null && ending == Ending.NONE;
    }

    /** A recurring mission already under way: its volunteers can be "in progress" or even done. */
    boolean underWay(LocalDate today) {
        return mission.getDateType() == DateType.RECURRING && !mission.getStartDate().isAfter(today);
    }

    String department() {
        return mission.getDepartment().getCode();
    }
}
