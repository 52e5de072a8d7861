package fr.engagement.demo.control;

import static fr.engagement.missions.entity.MissionStatus.CANCELLED;
import static fr.engagement.missions.entity.MissionStatus.COMPLETED;
import static fr.engagement.missions.entity.MissionStatus.DRAFT;
import static fr.engagement.missions.entity.MissionStatus.IN_REVIEW;
import static fr.engagement.missions.entity.MissionStatus.REFUSED;
import static fr.engagement.missions.entity.MissionStatus.REPORTED;
import static fr.engagement.missions.entity.MissionStatus.VALIDATED;
import static fr.engagement.missions.entity.MissionStatus.WAITING_CORRECTION;
import static fr.engagement.missions.entity.MissionStatus.WAITING_VALIDATION;

import fr.engagement.accounts.entity.Account;
import fr.engagement.audit.entity.SubjectType;
import fr.engagement.demo.control.MissionPlan.Ending;
import fr.engagement.demo.control.MissionTemplates.Template;
import fr.engagement.demo.control.StructureCatalogue.StructureSpec;
import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.platform.control.RichText;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Second act, first scene: each structure's missions, written from the templates of its domains, placed near it,
 * dated around today, and taken through review to their status (or to "validated" when a later scene ends them).
 */
final class MissionBuilder {

    /** Every status once, for the showcase responsable; the other structures draw from {@link #WEIGHTS}. */
    static final List<MissionStatus> SHOWCASE = List.of(VALIDATED, VALIDATED, VALIDATED, VALIDATED, DRAFT,
            WAITING_VALIDATION, VALIDATED, WAITING_VALIDATION, VALIDATED, IN_REVIEW, VALIDATED, WAITING_CORRECTION,
            VALIDATED, REFUSED, VALIDATED, REPORTED, VALIDATED, CANCELLED, VALIDATED, COMPLETED, VALIDATED, COMPLETED);

    static final Map<MissionStatus, Integer> WEIGHTS = Map.of(VALIDATED, 72, COMPLETED, 7, DRAFT, 4,
            WAITING_VALIDATION, 5, IN_REVIEW, 3, WAITING_CORRECTION, 3, REFUSED, 2, CANCELLED, 3, REPORTED, 1);

    static final List<String> CORRECTIONS = List.of("Merci de préciser les horaires et le lieu de rendez-vous.",
            "Pouvez-vous indiquer l'encadrement prévu pour les bénévoles mineurs ?",
            "Le descriptif ressemble à un poste salarié : merci de le reformuler autour de l'engagement bénévole.");

    static final List<String> REFUSALS = List.of(
            "Cette mission relève d'un emploi salarié et ne peut pas être proposée au bénévolat.",
            "Mission en doublon avec une mission déjà en ligne de votre structure.");

    private final EntityManager em;
    private final Timeline time;
    private final Chronicle chronicle;
    private final Cast cast;
    private final Places places;
    private final Map<Integer, List<Template>> templates = MissionTemplates.load();
    private final Map<Integer, Integer> rotation = new HashMap<>();

    MissionBuilder(EntityManager em, Timeline time, Chronicle chronicle, Cast cast, Places places) {
        this.em = em;
        this.time = time;
        this.chronicle = chronicle;
        this.cast = cast;
        this.places = places;
    }

    List<MissionPlan> build(Map<String, Instant> structureEnds) {
        List<MissionPlan> plans = new ArrayList<>();
        for (StructureSpec spec : StructureCatalogue.ALL) {
            if (spec.missions() == 0) {
                continue;
            }
            Structure s = em.find(Structure.class, cast.structures.get(spec.key()));
            Account responsable = em.find(Account.class, cast.responsables.get(spec.key()));
            Account referent = em.find(Account.class, cast.referents.get(s.getDepartment().getCode()));
            for (int i = 0; i < spec.missions(); i++) {
                MissionStatus target = target(spec, i);
                Ending ending = ending(spec, target);
                Mission m = write(spec, s, responsable, target);
                Instant structureEnd = structureEnds.get(spec.key());
                MissionPlan plan = story(spec, m, responsable, referent, target, ending, structureEnd);
                em.persist(m);
                plans.add(plan);
            }
        }
        return plans;
    }

    private MissionStatus target(StructureSpec spec, int index) {
        if (spec.status() == StructureStatus.WAITING_VALIDATION || spec.status() == StructureStatus.IN_REVIEW) {
            return index % 2 == 0 ? WAITING_VALIDATION : DRAFT;
        }
        if (spec.status() != StructureStatus.VALIDATED) {
            return VALIDATED; // reported or unsubscribed later, with all their missions
        }
        if ("croix-rousse".equals(spec.key())) {
            return SHOWCASE.get(index % SHOWCASE.size());
        }
        int draw = time.random().nextInt(100);
        for (MissionStatus status : MissionStatus.values()) {
            draw -= WEIGHTS.getOrDefault(status, 0);
            if (draw < 0) {
                return status;
            }
        }
        return VALIDATED;
    }

    private Ending ending(StructureSpec spec, MissionStatus target) {
        if (spec.status() == StructureStatus.REPORTED) {
            return Ending.STRUCTURE_REPORTED;
        }
        if (spec.status() == StructureStatus.UNSUBSCRIBED) {
            return Ending.STRUCTURE_UNSUBSCRIBED;
        }
        return switch (target) {
            case COMPLETED -> Ending.COMPLETE;
            case REPORTED -> Ending.REPORT;
            case CANCELLED -> time.chance(0.6) ? Ending.CANCEL : Ending.NONE;
            default -> Ending.NONE;
        };
    }

    /** Content, place and dates; the status story comes after. */
    private Mission write(StructureSpec spec, Structure s, Account responsable, MissionStatus target) {
        Domain domain = em.find(Domain.class, domainOf(spec));
        List<Template> ofDomain = templates.get(domain.getId());
        int turn = rotation.merge(domain.getId(), 1 + time.random().nextInt(2), Integer::sum);
        Template t = ofDomain.get(turn % ofDomain.size());
        LocalDate[] range = range(t, target == COMPLETED);
        Mission m = new Mission(s, responsable.getId(), creation(spec, range[0], target));
        m.setDomain(domain);
        if (spec.domains().length > 1 && time.chance(0.25)) {
            int other = spec.domains()[1 + time.random().nextInt(spec.domains().length - 1)];
            m.setSecondaryDomain(other == domain.getId() ? null : em.find(Domain.class, other));
        }
        m.setActivities(activities(t, domain));
        m.setPlaces(Math.max(1, Math.min(20, time.between(t.minPlaces(), t.maxPlaces()))));
        m.setOpenToMinors(t.minors() && time.chance(0.85));
        m.setPrerequisites(t.prerequisites());
        m.setDateType(t.dateType());
        m.setStartDate(range[0]);
        m.setEndDate(range[1]);
        if (t.dateType() == DateType.RECURRING) {
            m.setCommitmentDuration(t.duration());
            m.setCommitmentPeriod(t.period());
            m.setRecurrenceDescription(MissionText.recurrence(t.period(), time));
        }
        boolean remote = t.remote() == MissionTemplates.Remote.ONLY
                || (t.remote() == MissionTemplates.Remote.YES && time.chance(0.4));
        String label = remote ? null : places.placeNear(s, m);
        if (remote) {
            m.placeAt(MissionType.REMOTE, null);
        }
        m.setTitle(MissionText.title(t, label));
        String html = MissionText.description(t, s.getName(), label, m, time.pick(MissionText.ONE_OFF_HOURS),
                time.pick(PeopleCatalogue.CLOSINGS));
        m.setDescription(RichText.sanitise(html));
        return m;
    }

    private int domainOf(StructureSpec spec) {
        int[] domains = spec.domains();
        double draw = time.random().nextDouble();
        return domains.length == 1 || draw < 0.6 ? domains[0]
                : domains.length == 2 || draw < 0.85 ? domains[1] : domains[2];
    }

    /** The template's activities that belong to the domain (all of them for a domain that has none of its own). */
    private Set<Activity> activities(Template t, Domain domain) {
        List<Activity> all = new ArrayList<>();
        t.activities().forEach(id -> all.add(em.find(Activity.class, id)));
        List<Activity> ofDomain = all.stream().filter(a -> a.belongsTo(domain)).toList();
        List<Activity> usable = ofDomain.isEmpty() ? all : ofDomain;
        int count = 1 + time.random().nextInt(Math.min(3, usable.size()));
        return new LinkedHashSet<>(usable.subList(0, count));
    }

    /** Start and end: around today for live missions, months ago for completed ones. */
    private LocalDate[] range(Template t, boolean past) {
        LocalDate today = time.today();
        if (t.dateType() == DateType.ONE_OFF) {
            LocalDate start = past ? today.minusDays(time.between(37, 200)) : today.plusDays(time.between(3, 120));
            return new LocalDate[] {start, time.chance(0.2) ? start.plusDays(time.between(1, 2)) : start};
        }
        if (past) {
            LocalDate end = today.minusDays(time.between(35, 200));
            return new LocalDate[] {end.minusDays(time.between(60, 240)), end};
        }
        LocalDate start = today.plusDays(time.between(-120, 40));
        LocalDate end = start.plusDays(time.between(90, 330));
        if (end.isBefore(today.plusDays(30))) {
            end = today.plusDays(time.between(30, 90));
        }
        return new LocalDate[] {start, time.chance(0.15) ? null : end};
    }

    /** Created by the responsable, submitted, reviewed by the department's referent, to the target status. */
    private MissionPlan story(StructureSpec spec, Mission m, Account responsable, Account referent,
            MissionStatus target, Ending ending, Instant structureEnd) {
        Instant created = m.getCreatedAt();
        chronicle.record(SubjectType.MISSION, m::getId, null, DRAFT, responsable, "Mission créée.", created);
        if (target == DRAFT) {
            return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
        }
        if (target == CANCELLED && ending == Ending.NONE) {
            move(m, CANCELLED, Party.STRUCTURE, responsable, "Mission abandonnée avant sa publication.",
                    time.after(created, 0.5, 10));
            return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
        }
        Instant at = move(m, WAITING_VALIDATION, Party.STRUCTURE, responsable, null, time.after(created, 0.02, 2));
        if (target == WAITING_VALIDATION) {
            return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
        }
        if (target == IN_REVIEW || time.chance(0.4)) {
            at = move(m, IN_REVIEW, Party.REFERENT, referent, null, time.after(at, 0.3, 3));
        }
        if (target == IN_REVIEW) {
            return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
        }
        if (target == REFUSED) {
            move(m, REFUSED, Party.REFERENT, referent, time.pick(REFUSALS), time.after(at, 0.3, 3));
            return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
        }
        if (target == WAITING_CORRECTION || time.chance(0.15)) {
            at = move(m, WAITING_CORRECTION, Party.REFERENT, referent, time.pick(CORRECTIONS), time.after(at, 0.3, 3));
            if (target == WAITING_CORRECTION) {
                return new MissionPlan(m, spec.key(), responsable, referent, ending, null, null);
            }
            at = move(m, WAITING_VALIDATION, Party.STRUCTURE, responsable, "Précisions apportées, merci.",
                    time.after(at, 0.2, 4));
        }
        Instant validated = move(m, VALIDATED, Party.REFERENT, referent, time.chance(0.3) ? "Mission validée, merci !"
                : null, time.after(at, 0.2, 3));
        return new MissionPlan(m, spec.key(), responsable, referent, ending, validated,
                closing(m, ending, validated, structureEnd));
    }

    /** Missions come after their structure's validation; those still in review are days old. */
    private Instant creation(StructureSpec spec, LocalDate start, MissionStatus target) {
        Instant floor = cast.validatedAt.get(spec.key());
        if (floor == null) {
            return time.daysAgo(1, 3); // the structure itself is not validated yet
        }
        Instant created;
        if (target == DRAFT || target == WAITING_VALIDATION || target == IN_REVIEW || target == WAITING_CORRECTION) {
            created = time.daysAgo(2, 20);
        } else if (start.isBefore(time.today())) {
            created = time.on(start.minusDays(time.between(15, 45)));
        } else {
            created = time.daysAgo(8, 90);
        }
        return created.isBefore(floor) ? time.after(floor, 0.5, 3) : created;
    }

    private Instant closing(Mission m, Ending ending, Instant validated, Instant structureEnd) {
        return switch (ending) {
            case NONE -> null;
            case COMPLETE -> time.on(m.getEndDate().plusDays(time.between(30, 32)));
            case CANCEL, REPORT -> time.after(validated, 4, 40);
            case STRUCTURE_REPORTED, STRUCTURE_UNSUBSCRIBED -> structureEnd;
        };
    }

    private Instant move(Mission m, MissionStatus target, Party party, Account actor, String comment, Instant at) {
        MissionStatus previous = m.changeStatus(target, party, at);
        chronicle.record(SubjectType.MISSION, m::getId, previous, target, actor, comment, at);
        return at;
    }
}
