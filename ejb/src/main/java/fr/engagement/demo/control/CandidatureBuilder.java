package fr.engagement.demo.control;

import static fr.engagement.candidatures.entity.CandidatureStatus.ABANDONED;
import static fr.engagement.candidatures.entity.CandidatureStatus.CANCELLED;
import static fr.engagement.candidatures.entity.CandidatureStatus.DONE;
import static fr.engagement.candidatures.entity.CandidatureStatus.IN_PROGRESS;
import static fr.engagement.candidatures.entity.CandidatureStatus.IN_REVIEW;
import static fr.engagement.candidatures.entity.CandidatureStatus.REFUSED;
import static fr.engagement.candidatures.entity.CandidatureStatus.VALIDATED;
import static fr.engagement.candidatures.entity.CandidatureStatus.WAITING_VALIDATION;

import fr.engagement.accounts.entity.Account;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.demo.control.MissionPlan.Ending;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Second act, second scene: volunteers apply to missions near home and their candidatures go where the catalogue
 * wants, under the rules the boundary applies (online mission with a place left, open to minors for minors, not
 * one's own structure, one live candidature per mission, at most 15 pending). The showcase volunteer and the
 * showcase structure get every status.
 */
final class CandidatureBuilder {

    static final List<CandidatureStatus> EVERY_STATUS = List.of(WAITING_VALIDATION, IN_REVIEW, VALIDATED,
            IN_PROGRESS, DONE, REFUSED, CANCELLED, ABANDONED);

    static final List<CandidatureStatus> ONLINE_DRAW = List.of(WAITING_VALIDATION, WAITING_VALIDATION,
            WAITING_VALIDATION, WAITING_VALIDATION, IN_REVIEW, IN_REVIEW, IN_REVIEW, VALIDATED, VALIDATED, VALIDATED,
            IN_PROGRESS, IN_PROGRESS, DONE, REFUSED, REFUSED, CANCELLED, CANCELLED, ABANDONED);

    static final List<CandidatureStatus> COMPLETED_DRAW = List.of(DONE, DONE, DONE, DONE, DONE, ABANDONED,
            WAITING_VALIDATION, REFUSED, CANCELLED);

    static final List<CandidatureStatus> CLOSING_DRAW = List.of(WAITING_VALIDATION, WAITING_VALIDATION, IN_REVIEW,
            VALIDATED, VALIDATED);

    private final EntityManager em;
    private final Timeline time;
    private final CandidatureStory story;
    private final Cast cast;
    private final Map<MissionPlan, List<Candidature>> byMission = new HashMap<>();
    private final Map<Long, Set<MissionPlan>> appliedBy = new HashMap<>();

    CandidatureBuilder(EntityManager em, Timeline time, CandidatureStory story, Cast cast) {
        this.em = em;
        this.time = time;
        this.story = story;
        this.cast = cast;
    }

    /** The candidatures of each mission, for the closing scene to close what is still open. */
    Map<MissionPlan, List<Candidature>> build(List<MissionPlan> plans) {
        List<MissionPlan> open = new ArrayList<>(plans.stream().filter(MissionPlan::tookCandidatures).toList());
        Collections.shuffle(open, time.random());
        Map<Long, Account> volunteers = new HashMap<>();
        cast.volunteers.forEach(id -> volunteers.put(id, em.find(Account.class, id)));

        Account showcase = volunteers.get(cast.showcase("benevole"));
        for (CandidatureStatus status : EVERY_STATUS) {
            apply(showcase, status, open, p -> "69".equals(p.department()));
        }
        List<Account> rhone = volunteers.values().stream()
                .filter(a -> a != showcase && "69".equals(departmentOf(a))).sorted(
                        java.util.Comparator.comparing(Account::getId)).toList();
        for (int i = 0; i < rhone.size(); i++) {
            apply(rhone.get(i), EVERY_STATUS.get(i % EVERY_STATUS.size()), open,
                    p -> "croix-rousse".equals(p.structureKey));
        }
        for (Account volunteer : volunteers.values()) {
            String home = departmentOf(volunteer);
            int wanted = time.between(2, 5);
            for (int i = 0; i < wanted; i++) {
                boolean remoteToo = time.chance(0.15);
                apply(volunteer, null, open, p -> home.equals(p.department())
                        || (remoteToo && p.mission.getAddresses().isEmpty()));
            }
        }
        return byMission;
    }

    /** One candidature of this volunteer, to the first suitable mission; {@code wanted} null draws the status. */
    private void apply(Account volunteer, CandidatureStatus wanted, List<MissionPlan> plans,
            Predicate<MissionPlan> where) {
        LocalDate today = time.today();
        Set<MissionPlan> mine = appliedBy.computeIfAbsent(volunteer.getId(), id -> new HashSet<>());
        long pending = mine.stream().flatMap(p -> byMission.get(p).stream())
                .filter(c -> c.isOf(volunteer.getId()) && c.getStatus().isPending()).count();
        if (pending >= Candidature.MAX_PENDING) {
            return;
        }
        int start = time.random().nextInt(plans.size());
        for (int k = 0; k < plans.size(); k++) {
            MissionPlan plan = plans.get((start + k) % plans.size());
            if (mine.contains(plan) || !where.test(plan) || !allowed(volunteer, plan, today)) {
                continue;
            }
            CandidatureStatus status = wanted != null ? wanted : draw(plan);
            if (!fits(status, plan, today)) {
                if (wanted != null) {
                    continue;
                }
                status = plan.ending == Ending.COMPLETE ? DONE : WAITING_VALIDATION;
            }
            if (status.takesPlace() && plan.mission.placesLeft() == 0) {
                continue;
            }
            Candidature c = story.tell(volunteer, plan, status);
            mine.add(plan);
            byMission.computeIfAbsent(plan, p -> new ArrayList<>()).add(c);
            return;
        }
    }

    /** The rules of the apply use case, as they stood when the person applied. */
    private boolean allowed(Account volunteer, MissionPlan plan, LocalDate today) {
        int age = volunteer.age(today);
        if (age < 18 && !plan.mission.isOpenToMinors()) {
            return false;
        }
        if (plan.mission.placesLeft() == 0) {
            return false;
        }
        Long own = cast.structures.get(plan.structureKey);
        boolean member = volunteer.getRoles().stream().anyMatch(r -> own.equals(r.getStructureId()));
        return !member;
    }

    private CandidatureStatus draw(MissionPlan plan) {
        return time.pick(switch (plan.ending) {
            case NONE -> ONLINE_DRAW;
            case COMPLETE -> COMPLETED_DRAW;
            default -> CLOSING_DRAW;
        });
    }

    /** Whether the mission's story leaves room for this status. */
    private static boolean fits(CandidatureStatus status, MissionPlan plan, LocalDate today) {
        return switch (status) {
            case IN_PROGRESS -> plan.staysOnline() && plan.underWay(today);
            case DONE -> plan.ending == Ending.COMPLETE || (plan.staysOnline() && plan.underWay(today));
            case ABANDONED -> plan.ending == Ending.COMPLETE || plan.staysOnline();
            case REFUSED, CANCELLED -> plan.ending == Ending.COMPLETE || plan.staysOnline();
            default -> plan.ending != Ending.COMPLETE || status == WAITING_VALIDATION;
        };
    }

    private String departmentOf(Account a) {
        return em.find(fr.engagement.territory.entity.Commune.class, a.getCommuneInsee()).getDepartment().getCode();
    }
}
