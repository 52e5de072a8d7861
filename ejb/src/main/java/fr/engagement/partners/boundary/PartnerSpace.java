package fr.engagement.partners.boundary;

import fr.engagement.accounts.control.Actor;
import fr.engagement.accounts.control.Actors;
import fr.engagement.feeds.boundary.FeedImports;
import fr.engagement.partners.control.DiffusionLinks;
import fr.engagement.partners.control.DiffusionLinks.Links;
import fr.engagement.partners.entity.FeedImport;
import fr.engagement.partners.entity.FeedImportRefusal;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.partners.entity.StatEvent;
import fr.engagement.platform.control.ClockProducer;
import fr.engagement.platform.entity.AccessDeniedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The partner space: what a partner platform's staff see of their own publisher (its missions, its feed and
 * imports, the traffic it received and sent, its API key), and the actions they take on it. Every use case takes
 * the publisher asked for and checks it is one of the caller's: an account sees only the publishers it belongs to
 * (administrators see all), whatever id it sends.
 */
@Stateless
@RolesAllowed({"PARTENAIRE", "ADMIN"})
public class PartnerSpace {

    /** How far back the activity goes, in days, today included. */
    public static final int ACTIVITY_DAYS = 30;

    static final int IMPORTS_SHOWN = 10;

    /** The four kinds of event of a day, as the peer's dashboard names them. */
    public record Day(LocalDate day, long prints, long clicks, long accounts, long applies) {

        Day plus(String type, long count) {
            return switch (type) {
                case StatEvent.PRINT -> new Day(day, prints + count, clicks, accounts, applies);
                case StatEvent.CLICK -> new Day(day, prints, clicks + count, accounts, applies);
                case StatEvent.ACCOUNT -> new Day(day, prints, clicks, accounts + count, applies);
                case StatEvent.APPLY -> new Day(day, prints, clicks, accounts, applies + count);
                default -> this;
            };
        }

        Day plus(Day other) {
            return new Day(day, prints + other.prints, clicks + other.clicks, accounts + other.accounts,
                    applies + other.applies);
        }
    }

    /** The days with events, latest first, and their total. */
    public record Activity(List<Day> days, Day total) {}

    /** One import of the partner's feed and the missions it refused. */
    public record ImportDetail(FeedImport feedImport, List<FeedImportRefusal> refusals) {}

    public record Overview(Publisher publisher, List<Publisher> mine, AnnouncerMissions.Counts missions,
            List<FeedImport> imports, Activity received, Activity sent, LocalDate since, Links diffusion,
            List<PartnerWarnings.Warning> warnings) {}

    @Inject
    Actors actors;

    @Inject
    FeedImports imports;

    @Inject
    AnnouncerMissions missions;

    @Inject
    DiffusionLinks diffusion;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    /** The caller's live publishers, by name; a partner account normally has one. */
    private List<Publisher> mine(Actor actor) {
        return actor.publishers().stream().map(id -> em.find(Publisher.class, id))
                .filter(p -> p != null && !p.isDeleted())
                .sorted(Comparator.comparing(Publisher::getName)).toList();
    }

    /** The space of one of the caller's publishers (the first when none is asked for). */
    public Overview overview(String publisherId) {
        Actor actor = actors.current();
        List<Publisher> mine = mine(actor);
        if (publisherId == null && mine.isEmpty()) {
            throw new AccessDeniedException("Votre compte n'est rattaché à aucun partenaire en activité.");
        }
        Publisher p = publisherId == null ? mine.get(0) : allowed(actor, publisherId);
        LocalDate today = LocalDate.now(clock.withZone(ClockProducer.PARIS));
        LocalDate since = today.minusDays(ACTIVITY_DAYS - 1L);
        AnnouncerMissions.Counts counts = missions.counts(p.getId());
        List<FeedImport> history = imports.history(p.getId(), IMPORTS_SHOWN);
        Activity received = activity("to_publisher_id", p.getId(), since);
        return new Overview(p, mine, counts, history, received, activity("from_publisher_id", p.getId(), since),
                since, diffusion.of(p.getId()), PartnerWarnings.of(p, counts, history, received, today));
    }

    /** An import of the caller's publisher and its refused missions; empty for another publisher's import. */
    public Optional<ImportDetail> feedImport(String publisherId, long importId, int maxRefusals) {
        return imports.ofPublisher(allowed(publisherId).getId(), importId)
                .map(i -> new ImportDetail(i, imports.refusals(i.getId(), maxRefusals)));
    }

    /** The partner asks for an import of its feed now; answers the import's id. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long startImport(String publisherId) {
        return imports.start(allowed(publisherId).getId(), FeedImport.Trigger.PARTNER);
    }

    /** A new API key, shown once; the previous one stops working at once. */
    public Publishers.WithKey renewKey(String publisherId) {
        Publisher p = allowed(publisherId);
        return new Publishers.WithKey(p, p.rotateApiKey(clock.instant()));
    }

    private Publisher allowed(String publisherId) {
        return allowed(actors.current(), publisherId);
    }

    private Publisher allowed(Actor actor, String publisherId) {
        Publisher p = publisherId == null ? null : em.find(Publisher.class, publisherId);
        if (p == null || p.isDeleted() || !(actor.isAdmin() || actor.publishers().contains(publisherId))) {
            throw new AccessDeniedException("Ce partenaire n'est pas le vôtre.");
        }
        return p;
    }

    /** Events per day and type from the daily counts (robots excluded), on ix_stat_event_daily_to or _from. */
    private Activity activity(String column, String publisherId, LocalDate since) {
        List<?> rows = em.createNativeQuery("SELECT day, type, SUM(count) FROM stat_event_daily WHERE " + column
                + " = ? AND day >= ? GROUP BY day, type").setParameter(1, publisherId).setParameter(2, since)
                .getResultList();
        Map<LocalDate, Day> days = new TreeMap<>(Comparator.reverseOrder());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            days.merge(day, new Day(day, 0, 0, 0, 0).plus((String) r[1], ((Number) r[2]).longValue()), Day::plus);
        }
        Day total = days.values().stream().reduce(new Day(null, 0, 0, 0, 0), Day::plus);
        return new Activity(new ArrayList<>(days.values()), total);
    }
}
