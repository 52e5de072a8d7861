package fr.engagement.demo.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.demo.control.MissionPlan.Ending;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second act, last scene: missions completed, cancelled or reported after people applied, and the structures
 * reported or unsubscribed, with the cascades production applies (see {@code MissionCascade}): a closed mission
 * closes its live candidatures, a completed one refuses those still waiting.
 */
final class Closings {

    private final EntityManager em;
    private final Chronicle chronicle;
    private final Cast cast;
    private final Map<MissionPlan, List<Candidature>> candidatures;

    Closings(EntityManager em, Chronicle chronicle, Cast cast, Map<MissionPlan, List<Candidature>> candidatures) {
        this.em = em;
        this.chronicle = chronicle;
        this.cast = cast;
        this.candidatures = candidatures;
    }

    void close(List<MissionPlan> plans) {
        for (MissionPlan plan : plans) {
            switch (plan.ending) {
                case COMPLETE -> move(plan, MissionStatus.COMPLETED, Party.SYSTEM, null,
                        "Mission terminée depuis plus d'un mois.");
                case CANCEL -> move(plan, MissionStatus.CANCELLED, Party.STRUCTURE, plan.responsable,
                        "Événement annulé : la salle n'est plus disponible à cette date.");
                case REPORT -> move(plan, MissionStatus.REPORTED, Party.REFERENT, plan.referent,
                        "Signalement : la mission demande une présence qui relève d'un emploi salarié.");
                default -> { }
            }
        }
        structure(plans, "accueil-migrants", StructureStatus.REPORTED, Party.REFERENT,
                "Signalement reçu : hébergement proposé sans les garanties de sécurité requises. En attente"
                        + " d'examen par l'administration centrale.", MissionStatus.REPORTED, "Structure signalée.");
        structure(plans, "talence-patrimoine", StructureStatus.UNSUBSCRIBED, Party.STRUCTURE,
                "Dissolution de l'association votée en assemblée générale.", MissionStatus.CANCELLED,
                "Structure désinscrite.");
    }

    /** Reports or unsubscribes a structure and takes its missions down with it. */
    private void structure(List<MissionPlan> plans, String key, StructureStatus target, Party party, String comment,
            MissionStatus missionTarget, String missionComment) {
        List<MissionPlan> ofStructure = plans.stream().filter(p -> p.structureKey.equals(key)).toList();
        if (ofStructure.isEmpty()) {
            return;
        }
        Structure s = em.find(Structure.class, cast.structures.get(key));
        MissionPlan first = ofStructure.get(0);
        Instant at = first.closeAt;
        Account actor = party == Party.REFERENT ? first.referent : first.responsable;
        StructureStatus previous = s.changeStatus(target, party, at);
        chronicle.record(SubjectType.STRUCTURE, s::getId, previous, target, actor, comment, at);
        for (MissionPlan plan : ofStructure) {
            if (plan.mission.getStatus().allows(missionTarget, Party.SYSTEM)) {
                move(plan, missionTarget, Party.SYSTEM, null, missionComment);
            } else {
                plan.mission.refreshSearchable();
            }
        }
    }

    private void move(MissionPlan plan, MissionStatus target, Party party, Account actor, String comment) {
        Mission m = plan.mission;
        Instant at = plan.closeAt;
        MissionStatus previous = m.changeStatus(target, party, at);
        chronicle.record(SubjectType.MISSION, m::getId, previous, target, actor, comment, at);
        Set<CandidatureStatus> open = target == MissionStatus.COMPLETED ? CandidatureStatus.pending()
                : EnumSet.of(CandidatureStatus.PROPOSED, CandidatureStatus.WAITING_VALIDATION,
                        CandidatureStatus.IN_REVIEW, CandidatureStatus.VALIDATED);
        for (Candidature c : candidatures.getOrDefault(plan, List.of())) {
            if (!open.contains(c.getStatus())) {
                continue;
            }
            CandidatureStatus before = target == MissionStatus.COMPLETED
                    ? c.refuse(RefusalReason.MISSION_TERMINATED, null, Party.SYSTEM, at)
                    : c.cancel(CancelReason.MISSION_CLOSED, null, Party.SYSTEM, at);
            chronicle.record(SubjectType.CANDIDATURE, c::getId, before, c.getStatus(), null,
                    "Mission « " + target.label() + " ».", at);
        }
    }
}
