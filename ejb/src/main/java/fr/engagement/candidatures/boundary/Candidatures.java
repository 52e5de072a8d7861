package fr.engagement.candidatures.boundary;

import fr.engagement.accounts.control.Actor;
import fr.engagement.accounts.control.Actors;
import fr.engagement.accounts.entity.Account;
import fr.engagement.accounts.entity.Role;
import fr.engagement.audit.control.History;
import fr.engagement.audit.control.StatusChanged;
import fr.engagement.audit.entity.StatusChange;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureMessage;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.Program;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.missions.entity.Mission;
import fr.engagement.notifications.control.CandidatureCreated;
import fr.engagement.platform.control.RichText;
import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.platform.entity.Party;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Use cases on candidatures. A candidate sees and acts on their own; the mission's structure reviews them;
 * referents read bénévolat candidatures of their territory; anything else answers "not found". Place-taking moves
 * lock the mission's row first, so concurrent validations never exceed its places.
 */
@Stateless
public class Candidatures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Actors actors;

    @Inject
    History history;

    @Inject
    Event<StatusChanged> statusChanged;

    @Inject
    Event<CandidatureCreated> created;

    @Inject
    Clock clock;

    public Candidature apply(long missionId, String message) {
        Account account = actors.requireAccount();
        Actor actor = Actor.of(account);
        if (!account.hasRole(Role.BENEVOLE)) {
            throw new AccessDeniedException("Seuls les bénévoles peuvent candidater à une mission de bénévolat.");
        }
        Mission mission = em.find(Mission.class, missionId);
        LocalDate today = LocalDate.now(clock);
        if (mission == null || !mission.isOnline(today)) {
            throw new NotFoundException("Mission introuvable ou qui n'accepte plus de candidatures.");
        }
        if (mission.placesLeft() == 0) {
            throw new BusinessException("La mission est complète : il ne reste plus de place.");
        }
        if (actor.memberOf(mission.getStructure().getId(), null) == Party.STRUCTURE) {
            throw new BusinessException("Vous ne pouvez pas candidater à une mission de votre propre structure.");
        }
        int age = account.age(today);
        if (age >= 0 && age < 18 && !mission.isOpenToMinors()) {
            throw new BusinessException("Cette mission n'est pas ouverte aux mineurs.");
        }
        List<Candidature> mine = em.createQuery("SELECT c FROM Candidature c WHERE c.candidate = :a "
                + "AND c.status NOT IN :over", Candidature.class)
                .setParameter("a", account)
                .setParameter("over", Set.of(CandidatureStatus.REFUSED, CandidatureStatus.CANCELLED,
                        CandidatureStatus.ABANDONED))
                .getResultList();
        if (mine.stream().anyMatch(c -> c.getMission().getId().equals(missionId))) {
            throw new BusinessException("Vous avez déjà une candidature en cours pour cette mission.");
        }
        if (mine.stream().filter(c -> c.getStatus().isPending()).count() >= Candidature.MAX_PENDING) {
            throw new BusinessException("Vous avez déjà " + Candidature.MAX_PENDING
                    + " candidatures en attente : attendez une réponse ou annulez-en une.");
        }
        String text = RichText.plain(message);
        Candidature c = new Candidature(mission, account, Program.BENEVOLAT, text, clock.instant());
        em.persist(c);
        em.flush();
        if (c.getMessage() != null) {
            em.persist(new CandidatureMessage(c, account.getId(), c.getMessage(), clock.instant()));
        }
        statusChanged.fire(new StatusChanged(SubjectType.CANDIDATURE, c.getId(), c, null, c.getStatus(), actor,
                "Candidature envoyée."));
        created.fire(new CandidatureCreated(c));
        return c;
    }

    public List<Candidature> mine() {
        Account account = actors.requireAccount();
        return em.createQuery("SELECT c FROM Candidature c WHERE c.candidate = :a ORDER BY c.updatedAt DESC",
                Candidature.class).setParameter("a", account).setMaxResults(200).getResultList();
    }

    /** Candidatures of the caller's structures (and networks), optionally of one status, newest first. */
    public List<Candidature> ofMyStructures(CandidatureStatus status) {
        Actor actor = actors.current();
        if (actor.structures().isEmpty() && actor.networks().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Candidature c WHERE (c.mission.structure.id IN :ids "
                + "OR c.mission.structure.network.id IN :networks) AND (:status IS NULL OR c.status = :status) "
                + "ORDER BY c.createdAt DESC", Candidature.class)
                .setParameter("ids", actor.structures().isEmpty() ? Set.of(-1L) : actor.structures())
                .setParameter("networks", actor.networks().isEmpty() ? Set.of(-1L) : actor.networks())
                .setParameter("status", status)
                .setMaxResults(500).getResultList();
    }

    /** The candidatures of a mission, for its structure, its referents and admins. */
    public List<Candidature> ofMission(long missionId) {
        Mission mission = em.find(Mission.class, missionId);
        Actor actor = actors.current();
        if (mission == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        var s = mission.getStructure();
        if (actor.memberOf(s.getId(), s.getNetwork() == null ? null : s.getNetwork().getId()) == null
                && actor.reviewerOf(mission.getDepartment()) == null) {
            throw new NotFoundException("Mission introuvable.");
        }
        return em.createQuery("SELECT c FROM Candidature c WHERE c.mission = :m ORDER BY c.createdAt DESC",
                Candidature.class).setParameter("m", mission).getResultList();
    }

    public Candidature get(long id) {
        Candidature c = em.find(Candidature.class, id);
        if (c == null || actingParty(actors.current(), c) == null) {
            throw new NotFoundException("Candidature introuvable.");
        }
        return c;
    }

    public List<StatusChange> history(long id) {
        get(id);
        return history.of(SubjectType.CANDIDATURE, id);
    }

    public List<CandidatureMessage> messages(long id) {
        get(id);
        return em.createQuery("SELECT m FROM CandidatureMessage m WHERE m.candidature.id = :id ORDER BY m.createdAt,"
                + " m.id", CandidatureMessage.class).setParameter("id", id).getResultList();
    }

    /** A message in the conversation; the structure's first reply moves a waiting candidature to review. */
    public CandidatureMessage reply(long id, String body) {
        Actor actor = actors.current();
        Candidature c = em.find(Candidature.class, id);
        Party party = c == null ? null : actingParty(actor, c);
        if (party == null) {
            throw new NotFoundException("Candidature introuvable.");
        }
        if (party == Party.REFERENT) {
            throw new AccessDeniedException("Les référents ne participent pas à cette conversation.");
        }
        String text = RichText.plain(body);
        if (text == null || text.isBlank()) {
            throw new BusinessException("Le message est vide.");
        }
        if (text.length() > 5000) {
            throw new BusinessException("Le message est trop long (5 000 caractères au plus).");
        }
        CandidatureMessage message = new CandidatureMessage(c, actor.accountId(), text, clock.instant());
        em.persist(message);
        if (party != Party.CANDIDATE && c.getStatus() == CandidatureStatus.WAITING_VALIDATION) {
            CandidatureStatus previous = c.changeStatus(CandidatureStatus.IN_REVIEW, Party.SYSTEM, clock.instant());
            statusChanged.fire(new StatusChanged(SubjectType.CANDIDATURE, c.getId(), c, previous, c.getStatus(),
                    actor, "Première réponse de la structure."));
        }
        return message;
    }

    public Candidature changeStatus(long id, CandidatureStatus target, String comment) {
        return decide(id, target, comment, (c, party) -> c.changeStatus(target, party, clock.instant()));
    }

    public Candidature refuse(long id, RefusalReason reason, String comment) {
        return decide(id, CandidatureStatus.REFUSED, comment, (c, party) -> c.refuse(reason, comment, party,
                clock.instant()));
    }

    public Candidature cancel(long id, CancelReason reason, String comment) {
        return decide(id, CandidatureStatus.CANCELLED, comment, (c, party) -> c.cancel(reason, comment, party,
                clock.instant()));
    }

    /** The moves the caller may make, for the buttons of the candidature's page. */
    public Set<CandidatureStatus> possibleTargets(Candidature c) {
        Party party = actingParty(actors.current(), c);
        Party effective = Candidature.effectiveParty(party, c.getProgram());
        return effective == null ? Set.of() : c.getStatus().targets(effective);
    }

    private interface Decision {
        CandidatureStatus apply(Candidature c, Party party);
    }

    private Candidature decide(long id, CandidatureStatus target, String comment, Decision decision) {
        Actor actor = actors.current();
        Long missionId = em.createQuery("SELECT c.mission.id FROM Candidature c WHERE c.id = :id", Long.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Candidature introuvable."));
        // The mission's row is locked before anything else reads it: its places are then exact until commit.
        em.find(Mission.class, missionId, LockModeType.PESSIMISTIC_WRITE);
        Candidature c = em.find(Candidature.class, id);
        if (actingParty(actor, c) == null) {
            throw new NotFoundException("Candidature introuvable.");
        }
        Party party = actingParty(actor, c);
        if (Candidature.effectiveParty(party, c.getProgram()) == null) {
            throw new AccessDeniedException("Vous pouvez consulter cette candidature mais pas la modifier.");
        }
        CandidatureStatus previous = decision.apply(c, party);
        statusChanged.fire(new StatusChanged(SubjectType.CANDIDATURE, c.getId(), c, previous, target, actor,
                comment));
        return c;
    }

    /** The candidate, the mission's structure, a referent of its territory, an admin; else null (out of scope). */
    private static Party actingParty(Actor actor, Candidature c) {
        if (actor.isAdmin()) {
            return Party.ADMIN;
        }
        if (actor.accountId() != null && c.isOf(actor.accountId())) {
            return Party.CANDIDATE;
        }
        var s = c.getMission().getStructure();
        Party member = actor.memberOf(s.getId(), s.getNetwork() == null ? null : s.getNetwork().getId());
        if (member != null) {
            return member;
        }
        return actor.reviewerOf(c.getMission().getDepartment());
    }
}
