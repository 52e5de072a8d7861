package fr.engagement.structures.boundary;

import fr.engagement.accounts.control.Actor;
import fr.engagement.accounts.control.Actors;
import fr.engagement.audit.control.History;
import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.StatusChange;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.missions.control.MissionCascade;
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
import java.util.List;
import java.util.Set;

/**
 * Use cases on structures: a responsable edits the profile (a complete draft goes to review by itself), referents
 * of the structure's department or region review it, everyone sees only what their scope allows.
 */
@Stateless
public class Structures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    Territory territory;

    @Inject
    History history;

    @Inject
    MissionCascade missionCascade;

    @Inject
    PlatformCatalogue catalogue;

    @Inject
    Event<StatusChanged> statusChanged;

    @Inject
    Clock clock;

    /** The structures the caller belongs to (as responsable or head of their network). */
    public List<Structure> mine() {
        Actor actor = actors.current();
        if (actor.structures().isEmpty() && actor.networks().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Structure s WHERE s.id IN :ids OR s.network.id IN :networks "
                + "ORDER BY s.name", Structure.class)
                .setParameter("ids", actor.structures().isEmpty() ? Set.of(-1L) : actor.structures())
                .setParameter("networks", actor.networks().isEmpty() ? Set.of(-1L) : actor.networks())
                .getResultList();
    }

    /** A structure the caller may see: member, referent of its territory, or admin; others get "not found". */
    public Structure get(long id) {
        Structure s = em.find(Structure.class, id);
        Actor actor = actors.current();
        if (s == null || (member(actor, s) == null && actor.reviewerOf(s.getDepartment()) == null)) {
            throw new NotFoundException("Structure introuvable.");
        }
        return s;
    }

    public List<StatusChange> history(long id) {
        get(id);
        return history.of(SubjectType.STRUCTURE, id);
    }

    /**
     * Saves the profile of an edited copy. The address is resolved through the territory tables (an unknown postal
     * code or a commune that does not match it is refused). A complete draft moves to review.
     */
    public Structure updateProfile(long id, Structure edited, String postalCode, String communeInsee) {
        Actor actor = actors.current();
        Structure s = em.find(Structure.class, id, LockModeType.OPTIMISTIC);
        if (s == null || member(actor, s) == null) {
            throw new NotFoundException("Structure introuvable.");
        }
        if (s.getStatus() == StructureStatus.REPORTED || s.getStatus() == StructureStatus.UNSUBSCRIBED) {
            throw new AccessDeniedException("Cette structure ne peut plus être modifiée.");
        }
        edited.setDescription(RichText.sanitise(edited.getDescription()));
        s.copyProfileFrom(edited);
        Commune commune = territory.resolve(postalCode, communeInsee).orElseThrow(() -> new BusinessException(
                "Code postal inconnu ou commune introuvable : vérifiez le code postal et la commune."));
        s.locateAt(postalCode.strip(), commune.getInseeCode(), commune.getName(),
                commune.getDepartment(), commune.getLatitude(), commune.getLongitude());
        s.touch(clock.instant());
        // the organisation partners read (name, RNA, SIRET, address...) follows the profile; no status moves here
        catalogue.structureEdited(s);
        s.submitIfComplete(clock.instant()).ifPresent(previous -> statusChanged.fire(new StatusChanged(
                SubjectType.STRUCTURE, s.getId(), s, previous, s.getStatus(), Actor.SYSTEM,
                "Profil complet : transmis aux référents.")));
        return s;
    }

    /** The review queue of a referent (or an admin): structures waiting or in review in their territory. */
    public List<Structure> reviewQueue() {
        Actor actor = actors.current();
        Set<StructureStatus> statuses = Set.of(StructureStatus.WAITING_VALIDATION, StructureStatus.IN_REVIEW);
        if (actor.isAdmin()) {
            return em.createQuery("SELECT s FROM Structure s WHERE s.status IN :statuses ORDER BY s.updatedAt",
                    Structure.class).setParameter("statuses", statuses).setMaxResults(500).getResultList();
        }
        return em.createQuery("SELECT s FROM Structure s WHERE s.status IN :statuses AND "
                + "(s.department.code IN :departments OR s.department.region.code IN :regions) ORDER BY s.updatedAt",
                Structure.class)
                .setParameter("statuses", statuses)
                .setParameter("departments", actor.departmentsForQuery())
                .setParameter("regions", actor.regionsForQuery())
                .setMaxResults(500).getResultList();
    }

    /** A review decision of a referent or an admin; an unsubscription by a member. */
    public Structure changeStatus(long id, StructureStatus target, String comment) {
        Actor actor = actors.current();
        Structure s = em.find(Structure.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw new NotFoundException("Structure introuvable.");
        }
        Party party = target == StructureStatus.UNSUBSCRIBED ? member(actor, s) : actor.reviewerOf(s.getDepartment());
        if (party == null) {
            if (member(actor, s) == null && actor.reviewerOf(s.getDepartment()) == null) {
                throw new NotFoundException("Structure introuvable.");
            }
            throw new AccessDeniedException("Vous ne pouvez pas faire cette action sur cette structure.");
        }
        StructureStatus previous = s.changeStatus(target, party, clock.instant());
        statusChanged.fire(new StatusChanged(SubjectType.STRUCTURE, s.getId(), s, previous, target, actor,
                comment));
        missionCascade.structureChanged(s);
        return s;
    }

    /** The moves the caller may make on this structure, for the buttons of its page. */
    public Set<StructureStatus> possibleTargets(Structure s) {
        Actor actor = actors.current();
        Party reviewer = actor.reviewerOf(s.getDepartment());
        Set<StructureStatus> targets = new java.util.LinkedHashSet<>();
        if (reviewer != null) {
            targets.addAll(s.getStatus().targets(reviewer));
        }
        return targets;
    }

    private static Party member(Actor actor, Structure s) {
        return actor.memberOf(s.getId(), s.getNetwork() == null ? null : s.getNetwork().getId());
    }

}
