package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.it.support.As;
import fr.engagement.it.support.World;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionFullException;
import fr.engagement.platform.entity.BusinessException;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Places under concurrent validations (SPEC, « Candidature »: never one more than the places). Ten responsable
 * sessions validate ten waiting candidatures of a three-place mission at the same instant, each through the EJB in
 * its own transaction, on MariaDB.
 */
@ExtendWith(ArquillianExtension.class)
class CandidatureConcurrencyIT {

    private static final int PLACES = 3;
    private static final int CANDIDATES = 10;
    private static final int ROUNDS = 3;

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(CandidatureConcurrencyIT.class);
    }

    @Inject
    World world;

    /** How one validation attempt ended. */
    enum Outcome { VALIDATED, MISSION_FULL, LOCK_CONFLICT, UNEXPECTED }

    @Test
    void concurrentValidationsNeverTakeMorePlacesThanTheMissionHas() throws Exception {
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        // a few rounds: a lock that only sometimes fails to serialise shows up more often than in one
        for (int round = 1; round <= ROUNDS; round++) {
            race(threads, round);
        }
    }

    private void race(ManagedThreadFactory threads, int round) throws Exception {
        String referent = world.fixtures.referentOf("69");
        String responsable = world.registerResponsable("Entraide Concurrente " + round, World.LYON_1ER, World.LYON);
        long structureId = world.validatedStructureOfLyon(responsable, "Entraide Concurrente " + round, referent)
                .getId();
        Mission mission = world.onlineMission(responsable, structureId, referent, "Distribution alimentaire, tour "
                + round, PLACES);
        List<Long> candidatureIds = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            String volunteer = world.fixtures.volunteer("Alex");
            Candidature c = As.user(volunteer, () -> world.candidatures.apply(mission.getId(), "Je suis disponible."));
            candidatureIds.add(c.getId());
        }

        List<Outcome> outcomes = new ArrayList<>();
        List<Throwable> unexpected = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES, threads);
        try {
            // every thread waits at the gate, so that the ten calls reach the database together
            CountDownLatch ready = new CountDownLatch(CANDIDATES);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (long id : candidatureIds) {
                futures.add(pool.submit(() -> {
                    try (As.Scope as = As.user(responsable)) {
                        ready.countDown();
                        gate.await();
                        world.candidatures.changeStatus(id, CandidatureStatus.VALIDATED, null);
                        return Outcome.VALIDATED;
                    } catch (RuntimeException e) {
                        Outcome outcome = classify(e);
                        if (outcome == Outcome.UNEXPECTED) {
                            synchronized (unexpected) {
                                unexpected.add(e);
                            }
                        }
                        return outcome;
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads started").isTrue();
            gate.countDown();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }

        Map<Outcome, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        assertThat(unexpected).as("round %d: failures other than a full mission or a lock conflict", round).isEmpty();
        assertThat(counts.getOrDefault(Outcome.VALIDATED, 0L)).as("round %d validations that succeeded: %s", round,
                counts).isEqualTo(PLACES);
        assertThat(counts.getOrDefault(Outcome.MISSION_FULL, 0L) + counts.getOrDefault(Outcome.LOCK_CONFLICT, 0L))
                .as("round %d refused validations: %s", round, counts).isEqualTo(CANDIDATES - PLACES);

        // what was committed agrees with what the callers were told
        assertThat(world.fixtures.placesTaken(mission.getId())).as("places_taken").isEqualTo(PLACES);
        assertThat(world.fixtures.candidatureStatuses(mission.getId()))
                .containsOnly("VALIDATED", "WAITING_VALIDATION")
                .filteredOn("VALIDATED"::equals).hasSize(PLACES);
        // the losers rolled back entirely: no history line and no mail for them
        assertThat(world.fixtures.candidatureHistoryCount(mission.getId(), "VALIDATED")).isEqualTo(PLACES);
        long validatedMails = candidatureIds.stream()
                .map(id -> As.user(responsable, () -> world.candidatures.get(id)).getCandidate().getEmail())
                .flatMap(email -> world.fixtures.outboxTo(email).stream())
                .filter(mail -> mail.getSubject().equals("Votre candidature est validée !"))
                .count();
        assertThat(validatedMails).isEqualTo(PLACES);

        // and the full mission takes no further candidature
        String late = world.fixtures.volunteer("Sam");
        assertThatThrownBy(() -> As.run(late, () -> world.candidatures.apply(mission.getId(), null)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("complète");
    }

    /**
     * A full mission is the expected refusal. A lock wait timeout, deadlock or optimistic conflict would also leave
     * the places right, so it is counted apart, not as a success; anything else is a failure of the test.
     */
    private static Outcome classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MissionFullException) {
                return Outcome.MISSION_FULL;
            }
            if (t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof OptimisticLockException || t instanceof SQLTransactionRollbackException
                    // EclipseLink's own, which it does not always translate to the JPA ones
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")
                    || t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                            || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213)) {
                return Outcome.LOCK_CONFLICT;
            }
        }
        return Outcome.UNEXPECTED;
    }
}
