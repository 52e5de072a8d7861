package fr.engagement.demo.control;

import fr.engagement.accounts.entity.Account;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.platform.control.ClockProducer;
import fr.engagement.territory.boundary.Territory;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the demo in two transactions: the organisations and people, then the missions with their candidatures
 * and endings. A fixed seed makes every demo database tell the same stories, dated around today.
 */
@Stateless
public class DemoLoader {

    static final long SEED = 2025L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Territory territory;

    @Inject
    Clock clock;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean hasAccounts() {
        return !em.createQuery("SELECT a.id FROM Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    /** Networks, structures and every account; {@code hashes} maps each distinct password to its hash. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Cast organisations(Map<String, String> hashes) {
        Timeline time = new Timeline(clock.instant(), ClockProducer.PARIS, new Random(SEED));
        return new OrganisationBuilder(em, territory, time, new Chronicle(), hashes).build();
    }

    /** Missions, candidatures with their conversations, endings; returns counts for the log. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String activity(Cast cast) {
        Timeline time = new Timeline(clock.instant(), ClockProducer.PARIS, new Random(SEED + 1));
        Chronicle chronicle = new Chronicle();
        Map<String, Instant> structureEnds = Map.of("accueil-migrants", time.daysAgo(1, 2),
                "talence-patrimoine", time.daysAgo(5, 9));
        Places places = new Places(territory, time);
        List<MissionPlan> plans = new MissionBuilder(em, time, chronicle, cast, places).build(structureEnds);
        Map<MissionPlan, List<Candidature>> candidatures = new CandidatureBuilder(em, time,
                new CandidatureStory(em, time, chronicle), cast).build(plans);
        new Closings(em, chronicle, cast, candidatures).close(plans);
        em.flush();
        String partners = new PartnerCatalogueBuilder(em, time, places).build(cast.partnerPublisher);
        int lines = chronicle.writeTo(em);
        List<Candidature> all = candidatures.values().stream().flatMap(List::stream).toList();
        return cast.accounts + " accounts, " + cast.structures.size() + " structures, " + plans.size()
                + " missions " + count(plans.stream().map(p -> p.mission.getStatus().name()).toList()) + ", "
                + all.size() + " candidatures " + count(all.stream().map(c -> c.getStatus().name()).toList())
                + ", " + lines + " history lines, " + partners;
    }

    private static Map<String, Long> count(List<String> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                Collectors.counting()));
    }

    /** For the log: who the supporting cast is, without listing forty addresses. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String someSupportingEmail(Cast cast) {
        return em.find(Account.class, cast.referents.get("75")).getEmail();
    }
}
