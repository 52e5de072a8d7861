package fr.engagement.missions.control;

import fr.engagement.accounts.control.Actor;
import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/**
 * What a status change does to the objects below it: a structure validated puts its validated missions online, a
 * structure reported or unsubscribed takes them offline; a mission closed closes its pending candidatures and tells
 * each candidate (through the events, like any other change).
 */
@ApplicationScoped
public class MissionCascade {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<StatusChanged> statusChanged;

    @Inject
    Clock clock;

    public void structureChanged(Structure structure) {
        List<Mission> missions = em.createQuery("SELECT m FROM Mission m WHERE m.structure = :s", Mission.class)
                .setParameter("s", structure).getResultList();
        StructureStatus status = structure.getStatus();
        for (Mission m : missions) {
            if (status == StructureStatus.REPORTED && m.getStatus().allows(MissionStatus.REPORTED, Party.SYSTEM)) {
                move(m, MissionStatus.REPORTED, "Structure signalée.");
            } else if (status == StructureStatus.UNSUBSCRIBED
                    && m.getStatus().allows(MissionStatus.CANCELLED, Party.SYSTEM)) {
                move(m, MissionStatus.CANCELLED, "Structure désinscrite.");
            } else {
                m.refreshSearchable();
            }
        }
    }

    private void move(Mission m, MissionStatus target, String comment) {
        MissionStatus previous = m.changeStatus(target, Party.SYSTEM, clock.instant());
        statusChanged.fire(new StatusChanged(SubjectType.MISSION, m.getId(), m, previous, target, Actor.SYSTEM,
                comment));
        missionClosed(m);
    }

    /** Closes the live candidatures of a mission that will not take place (or is over). */
    public void missionClosed(Mission mission) {
        if (!mission.getStatus().closesCandidatures()) {
            return;
        }
        var statuses = mission.getStatus() == MissionStatus.COMPLETED
                ? CandidatureStatus.pending()
                : EnumSet.of(CandidatureStatus.PROPOSED, CandidatureStatus.WAITING_VALIDATION,
                        CandidatureStatus.IN_REVIEW, CandidatureStatus.VALIDATED);
        List<Candidature> open = em.createQuery("SELECT c FROM Candidature c WHERE c.mission = :m "
                + "AND c.status IN :statuses", Candidature.class)
                .setParameter("m", mission).setParameter("statuses", statuses).getResultList();
        for (Candidature c : open) {
            CandidatureStatus previous;
            if (mission.getStatus() == MissionStatus.COMPLETED && c.getStatus() != CandidatureStatus.PROPOSED) {
                previous = c.refuse(RefusalReason.MISSION_TERMINATED, null, Party.SYSTEM, clock.instant());
            } else {
                previous = c.cancel(CancelReason.MISSION_CLOSED, null, Party.SYSTEM, clock.instant());
            }
            statusChanged.fire(new StatusChanged(SubjectType.CANDIDATURE, c.getId(), c, previous, c.getStatus(),
                    Actor.SYSTEM, "Mission « " + mission.getStatus().label() + " »."));
        }
    }
}
