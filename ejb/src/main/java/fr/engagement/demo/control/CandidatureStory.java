package fr.engagement.demo.control;

import static fr.engagement.candidatures.entity.CandidatureStatus.ABANDONED;
import static fr.engagement.candidatures.entity.CandidatureStatus.DONE;
import static fr.engagement.candidatures.entity.CandidatureStatus.IN_PROGRESS;
import static fr.engagement.candidatures.entity.CandidatureStatus.IN_REVIEW;
import static fr.engagement.candidatures.entity.CandidatureStatus.VALIDATED;
import static fr.engagement.candidatures.entity.CandidatureStatus.WAITING_VALIDATION;

import fr.engagement.accounts.entity.Account;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureMessage;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.Program;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.demo.control.MissionPlan.Ending;
import fr.engagement.missions.entity.DateType;
import fr.engagement.platform.entity.Party;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The life of one candidature, told with the entity's own transitions (so places are taken and given back as in
 * production), the conversation that goes with it, and a history dated between the mission's validation and its
 * end, or now.
 */
final class CandidatureStory {

    static final List<String> ABANDONS_BY_CANDIDATE = List.of("Je déménage, je ne pourrai plus venir.",
            "Mes horaires de travail ont changé, je dois arrêter. Merci pour tout !");

    static final String ABANDON_BY_STRUCTURE = "Le bénévole ne s'est pas présenté aux trois derniers créneaux.";

    private final EntityManager em;
    private final Timeline time;
    private final Chronicle chronicle;

    CandidatureStory(EntityManager em, Timeline time, Chronicle chronicle) {
        this.em = em;
        this.time = time;
        this.chronicle = chronicle;
    }

    Candidature tell(Account volunteer, MissionPlan plan, CandidatureStatus target) {
        Instant limit = plan.closeAt != null ? plan.closeAt : time.now();
        Instant created = creation(plan, target);
        String message = time.chance(0.8) ? time.pick(PeopleCatalogue.APPLICATION_MESSAGES) : null;
        Candidature c = new Candidature(plan.mission, volunteer, Program.BENEVOLAT, message, created);
        em.persist(c);
        chronicle.record(SubjectType.CANDIDATURE, c::getId, null, WAITING_VALIDATION, volunteer,
                "Candidature envoyée.", created);
        if (message != null) {
            em.persist(new CandidatureMessage(c, volunteer.getId(), message, created));
        }
        Instant at = created;
        switch (target) {
            case WAITING_VALIDATION -> { }
            case IN_REVIEW -> reply(c, plan, at, limit);
            case CANCELLED -> {
                if (time.chance(0.3)) {
                    at = reply(c, plan, at, limit);
                }
                at = time.after(at, 0.5, 10, limit);
                CandidatureStatus previous = c.cancel(time.chance(0.7) ? CancelReason.NOT_AVAILABLE
                        : CancelReason.OTHER, time.pick(PeopleCatalogue.CANCEL_COMMENTS), Party.CANDIDATE, at);
                chronicle.record(SubjectType.CANDIDATURE, c::getId, previous, c.getStatus(), volunteer,
                        c.getReasonComment(), at);
            }
            case REFUSED -> {
                if (time.chance(0.5)) {
                    at = reply(c, plan, at, limit);
                }
                at = time.after(at, 0.5, 6, limit);
                String comment = time.pick(PeopleCatalogue.REFUSAL_COMMENTS);
                CandidatureStatus previous = c.refuse(time.chance(0.6) ? RefusalReason.REQUIREMENTS_NOT_FULFILLED
                        : RefusalReason.OTHER, comment, Party.STRUCTURE, at);
                chronicle.record(SubjectType.CANDIDATURE, c::getId, previous, c.getStatus(), plan.responsable,
                        comment, at);
            }
            default -> placed(c, plan, target, at, limit);
        }
        return c;
    }

    /** Validated, then in progress, done or abandoned: the candidature takes a place (and may give it back). */
    private void placed(Candidature c, MissionPlan plan, CandidatureStatus target, Instant from, Instant limit) {
        Instant at = time.chance(0.7) ? reply(c, plan, from, limit) : from;
        at = move(c, VALIDATED, Party.STRUCTURE, plan.responsable, null, time.after(at, 0.5, 4, limit));
        Instant started = later(at, time.on(plan.mission.getStartDate()));
        switch (target) {
            case IN_PROGRESS -> move(c, IN_PROGRESS, Party.STRUCTURE, plan.responsable,
                    "Première séance effectuée, bienvenue dans l'équipe !", time.after(started, 0, 7, limit));
            case DONE -> {
                Instant done = plan.ending == Ending.COMPLETE
                        ? time.after(later(at, time.on(plan.mission.getEndDate())), 0, 3, limit)
                        : time.after(started, 10, 60, limit);
                boolean byCandidate = time.chance(0.4);
                move(c, DONE, byCandidate ? Party.CANDIDATE : Party.STRUCTURE,
                        byCandidate ? c.getCandidate() : plan.responsable,
                        byCandidate ? "Merci pour cette belle expérience !" : "Merci pour votre engagement !", done);
            }
            case ABANDONED -> {
                boolean byCandidate = time.chance(0.6);
                move(c, ABANDONED, byCandidate ? Party.CANDIDATE : Party.STRUCTURE,
                        byCandidate ? c.getCandidate() : plan.responsable,
                        byCandidate ? time.pick(ABANDONS_BY_CANDIDATE) : ABANDON_BY_STRUCTURE,
                        time.after(at, 3, 40, limit));
            }
            default -> { }
        }
    }

    /** The structure's first reply moves a waiting candidature to review, as the boundary does. */
    private Instant reply(Candidature c, MissionPlan plan, Instant from, Instant limit) {
        Instant at = time.after(from, 0.1, 3, limit);
        String body = String.format(time.pick(PeopleCatalogue.STRUCTURE_REPLIES), c.getCandidate().getFirstName());
        em.persist(new CandidatureMessage(c, plan.responsable.getId(), body, at));
        CandidatureStatus previous = c.changeStatus(IN_REVIEW, Party.SYSTEM, at);
        chronicle.record(SubjectType.CANDIDATURE, c::getId, previous, IN_REVIEW, plan.responsable,
                "Première réponse de la structure.", at);
        if (time.chance(0.5)) {
            Instant answer = time.after(at, 0.05, 1, limit);
            em.persist(new CandidatureMessage(c, c.getCandidate().getId(),
                    time.pick(PeopleCatalogue.CANDIDATE_FOLLOW_UPS), answer));
        }
        return at;
    }

    private Instant move(Candidature c, CandidatureStatus target, Party party, Account actor, String comment,
            Instant at) {
        CandidatureStatus previous = c.changeStatus(target, party, at);
        chronicle.record(SubjectType.CANDIDATURE, c::getId, previous, target, actor, comment, at);
        return at;
    }

    /**
     * When the person applied: recently for those still waiting, before the event for one-off missions that are
     * over, before the mission closed for the others.
     */
    private Instant creation(MissionPlan plan, CandidatureStatus target) {
        Instant from = plan.validatedAt;
        if (plan.ending == Ending.NONE) {
            if (target == WAITING_VALIDATION || target == IN_REVIEW) {
                from = later(from, time.now().minus(Duration.ofDays(12)));
            }
            return time.after(from, 0.05, Math.max(0.1, days(from, time.now()) * 0.6));
        }
        Instant until = plan.closeAt;
        if (plan.ending == Ending.COMPLETE) {
            until = plan.mission.getDateType() == DateType.ONE_OFF ? time.on(plan.mission.getStartDate())
                    : time.on(plan.mission.getEndDate().minusDays(20));
        }
        return time.after(from, 0.05, Math.max(0.1, days(from, until) * 0.7), until);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMinutes() / (24.0 * 60);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
