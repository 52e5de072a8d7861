package fr.engagement.missions.boundary;

import fr.engagement.accounts.control.Actor;
import fr.engagement.accounts.control.Actors;
import fr.engagement.audit.control.History;
import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.StatusChange;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.missions.control.MissionCascade;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.control.PlatformCatalogue;
import fr.engagement.platform.control.RichText;
import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.boundary.Territory;
import fr.engagement.territory.entity.Commune;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Use cases on missions: the structure writes, submits, corrects, cancels and completes them; referents of the
 * mission's department or region review them. An online mission is public; any other only to its structure,
 * its referents and admins.
 */
@Stateless
public class Missions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    Territory territory;

    @Inject
    History history;

    @Inject
    MissionCascade cascade;

    @Inject
    PlatformCatalogue catalogue;

    @Inject
    Event<StatusChanged> statusChanged;

    @Inject
    Clock clock;

    /** A mission as its public page shows it: online missions to anyone, others within scope only. */
    public Mission get(long id) {
        Mission m = em.find(Mission.class, id);
        if (m == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        if (m.isOnline(LocalDate.now(clock))) {
            return m;
        }
        Actor actor = actors.currentIfAny().orElse(null);
        if (actor == null || (member(actor, m) == null && actor.reviewerOf(m.getDepartment()) == null)) {
            throw new NotFoundException("Mission introuvable.");
        }
        return m;
    }

    /** A mission the caller manages or reviews; public visibility is not enough. */
    public Mission getManaged(long id) {
        Mission m = em.find(Mission.class, id);
        Actor actor = actors.current();
        if (m == null || (member(actor, m) == null && actor.reviewerOf(m.getDepartment()) == null)) {
            throw new NotFoundException("Mission introuvable.");
        }
        return m;
    }

    public List<StatusChange> history(long id) {
        getManaged(id);
        return history.of(SubjectType.MISSION, id);
    }

    public List<Mission> ofStructure(long structureId) {
        Structure s = em.find(Structure.class, structureId);
        Actor actor = actors.current();
        if (s == null || (memberOf(actor, s) == null && actor.reviewerOf(s.getDepartment()) == null)) {
            throw new NotFoundException("Structure introuvable.");
        }
        return em.createQuery("SELECT m FROM Mission m WHERE m.structure = :s ORDER BY m.updatedAt DESC",
                Mission.class).setParameter("s", s).getResultList();
    }

    /** Creates a draft mission of a structure the caller belongs to. */
    public Mission create(long structureId, Mission edited, List<AddressInput> addresses) {
        Actor actor = actors.current();
        Structure s = em.find(Structure.class, structureId);
        if (s == null || memberOf(actor, s) == null) {
            throw new NotFoundException("Structure introuvable.");
        }
        if (s.getStatus() == StructureStatus.REPORTED || s.getStatus() == StructureStatus.UNSUBSCRIBED) {
            throw new AccessDeniedException("Cette structure ne peut plus publier de missions.");
        }
        Mission m = new Mission(s, actor.accountId(), clock.instant());
        m.copyContentFrom(edited, RichText.sanitise(edited.getDescription()),
                RichText.sanitise(edited.getObjectives()));
        requireDescription(m);
        place(m, edited.getType(), addresses);
        em.persist(m);
        em.flush();
        statusChanged.fire(new StatusChanged(SubjectType.MISSION, m.getId(), m, null, MissionStatus.DRAFT, actor,
                "Mission créée."));
        return m;
    }

    /** Saves an edit; a substantive edit of a validated mission sends it back to review. */
    public Mission update(long id, Mission edited, List<AddressInput> addresses) {
        Actor actor = actors.current();
        Mission m = em.find(Mission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null || member(actor, m) == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        if (m.getStatus().closesCandidatures()) {
            throw new AccessDeniedException("Une mission « " + m.getStatus().label() + " » ne peut plus être modifiée.");
        }
        boolean substantive = m.copyContentFrom(edited, RichText.sanitise(edited.getDescription()),
                RichText.sanitise(edited.getObjectives()));
        requireDescription(m);
        place(m, edited.getType(), addresses);
        m.touch(clock.instant());
        if (substantive && m.getStatus() == MissionStatus.VALIDATED) {
            move(m, MissionStatus.WAITING_VALIDATION, member(actor, m), actor,
                    "Modification substantielle : nouvel examen.");
        } else {
            m.refreshSearchable();
        }
        // an edit that moves no status fires no event: the catalogue row is rewritten here
        catalogue.project(m);
        return m;
    }

    public Mission submit(long id) {
        return changeStatus(id, MissionStatus.WAITING_VALIDATION, null);
    }

    /**
     * Any move of the table, by whoever may make it: review decisions for referents, submission, cancellation and
     * completion for the structure, all for admins.
     */
    public Mission changeStatus(long id, MissionStatus target, String comment) {
        Actor actor = actors.current();
        Mission m = em.find(Mission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        Party reviewer = actor.reviewerOf(m.getDepartment());
        Party member = member(actor, m);
        if (reviewer == null && member == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        Party party = reviewer != null && m.getStatus().allows(target, reviewer) ? reviewer : member;
        if (party == null) {
            throw new AccessDeniedException("Vous ne pouvez pas faire cette action sur cette mission.");
        }
        move(m, target, party, actor, comment);
        return m;
    }

    public List<Mission> reviewQueue() {
        Actor actor = actors.current();
        Set<MissionStatus> statuses = Set.of(MissionStatus.WAITING_VALIDATION, MissionStatus.IN_REVIEW);
        if (actor.isAdmin()) {
            return em.createQuery("SELECT m FROM Mission m WHERE m.status IN :statuses ORDER BY m.updatedAt",
                    Mission.class).setParameter("statuses", statuses).setMaxResults(500).getResultList();
        }
        return em.createQuery("SELECT m FROM Mission m WHERE m.status IN :statuses AND "
                + "(m.department.code IN :departments OR m.department.region.code IN :regions) ORDER BY m.updatedAt",
                Mission.class)
                .setParameter("statuses", statuses)
                .setParameter("departments", actor.departmentsForQuery())
                .setParameter("regions", actor.regionsForQuery())
                .setMaxResults(500).getResultList();
    }

    /** The moves the caller may make on this mission, for the buttons of its page. */
    public Set<MissionStatus> possibleTargets(Mission m) {
        Actor actor = actors.current();
        Set<MissionStatus> targets = new LinkedHashSet<>();
        Party reviewer = actor.reviewerOf(m.getDepartment());
        Party member = member(actor, m);
        if (reviewer != null) {
            targets.addAll(m.getStatus().targets(reviewer));
        }
        if (member != null) {
            targets.addAll(m.getStatus().targets(member));
        }
        if (!m.getStructure().isValidated()) {
            targets.remove(MissionStatus.VALIDATED);
        }
        return targets;
    }

    private void move(Mission m, MissionStatus target, Party party, Actor actor, String comment) {
        MissionStatus previous = m.changeStatus(target, party, clock.instant());
        statusChanged.fire(new StatusChanged(SubjectType.MISSION, m.getId(), m, previous, target, actor, comment));
        cascade.missionClosed(m);
    }

    private void place(Mission m, MissionType type, List<AddressInput> inputs) {
        if (type == null) {
            throw new BusinessException("Indiquez si la mission est sur place ou à distance.");
        }
        List<MissionAddress> addresses = new ArrayList<>();
        if (type == MissionType.ON_SITE) {
            for (AddressInput input : inputs == null ? List.<AddressInput>of() : inputs) {
                Commune c = territory.resolve(input.postalCode(), input.communeInsee()).orElseThrow(
                        () -> new BusinessException("Code postal inconnu ou commune introuvable : « "
                                + input.postalCode() + " »."));
                if (c.getLatitude() == null || c.getLongitude() == null) {
                    throw new BusinessException("La commune " + c.getName() + " n'a pas de coordonnées connues.");
                }
                addresses.add(new MissionAddress(input.street(), input.postalCode(), c.getInseeCode(), c.getName(),
                        c.getDepartment().getCode(), c.getLatitude(), c.getLongitude()));
            }
        }
        m.placeAt(type, addresses);
        if (type == MissionType.ON_SITE) {
            m.locateIn(em.find(fr.engagement.territory.entity.Department.class,
                    addresses.get(0).getDepartmentCode()));
        }
        m.refreshSearchable();
    }

    private static void requireDescription(Mission m) {
        if (m.getDescription() == null) {
            throw new BusinessException("La description est obligatoire (le texte saisi était vide ou non autorisé).");
        }
    }

    private static Party member(Actor actor, Mission m) {
        return memberOf(actor, m.getStructure());
    }

    private static Party memberOf(Actor actor, Structure s) {
        return actor.memberOf(s.getId(), s.getNetwork() == null ? null : s.getNetwork().getId());
    }

}
