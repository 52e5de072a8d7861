package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.engagement.audit.entity.StatusChange;
import fr.engagement.candidatures.entity.CancelReason;
import fr.engagement.candidatures.entity.Candidature;
import fr.engagement.candidatures.entity.CandidatureMessage;
import fr.engagement.candidatures.entity.CandidatureStatus;
import fr.engagement.candidatures.entity.RefusalReason;
import fr.engagement.it.support.As;
import fr.engagement.it.support.Eventually;
import fr.engagement.it.support.Fixtures;
import fr.engagement.it.support.MailServer;
import fr.engagement.it.support.TestClock;
import fr.engagement.it.support.World;
import fr.engagement.missions.boundary.AddressInput;
import fr.engagement.missions.boundary.MissionHit;
import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.boundary.SearchPage;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.notifications.entity.OutboxMail;
import fr.engagement.platform.entity.AccessDeniedException;
import fr.engagement.platform.entity.BusinessException;
import fr.engagement.platform.entity.NotFoundException;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.entity.GeoPoint;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bénévolat journey through the boundaries, on Payara Micro and MariaDB: a structure registers and is reviewed,
 * publishes a mission, a volunteer applies and is validated; every step checked for who may do it, what was stored,
 * what history it left and which mails it sent. One class, so one Micro start, for all of it; each test builds its
 * own people and objects, so they run in any order.
 */
@ExtendWith(ArquillianExtension.class)
class BenevolatJourneyIT {

    private static final String SYSTEM_ACTOR = "Plateforme Engagement Civique";
    private static final String FROM = "ne-pas-repondre@engagement-civique.gouv.fr";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(BenevolatJourneyIT.class);
    }

    @Inject
    World world;

    @Test
    void aStructureIsReviewedByTheReferentsOfItsDepartmentOnly() {
        String referent = world.fixtures.referentOf("69");
        String foreignReferent = world.fixtures.referentOf("01");
        String name = "Les Amis du Quartier " + suffix();
        String responsable = world.registerResponsable(name, World.LYON_1ER, World.LYON);
        Structure s = world.structureOf(responsable);
        assertThat(s.getStatus()).isEqualTo(StructureStatus.DRAFT);
        assertThat(s.getDepartment().getCode()).isEqualTo("69");
        assertThat(queueOf(referent)).doesNotContain(s.getId());

        Structure completed = As.user(responsable, () -> world.structures.updateProfile(s.getId(),
                world.completeProfile(name), World.LYON_1ER, World.LYON));
        assertThat(completed.getStatus()).as("a complete profile goes to review by itself")
                .isEqualTo(StructureStatus.WAITING_VALIDATION);
        assertThat(queueOf(referent)).contains(s.getId());
        assertThat(queueOf(foreignReferent)).doesNotContain(s.getId());

        // out of their territory the structure does not exist for a referent, and they cannot move it
        assertThatThrownBy(() -> As.user(foreignReferent, () -> world.structures.get(s.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> As.user(foreignReferent, () -> world.structures.changeStatus(s.getId(),
                StructureStatus.VALIDATED, null))).isInstanceOf(NotFoundException.class);
        // nor may its own responsable validate it
        assertThatThrownBy(() -> As.user(responsable, () -> world.structures.changeStatus(s.getId(),
                StructureStatus.VALIDATED, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(world.fixtures.structureStatus(s.getId())).isEqualTo("WAITING_VALIDATION");

        As.run(referent, () -> world.structures.changeStatus(s.getId(), StructureStatus.IN_REVIEW, "Je regarde."));
        As.run(referent, () -> world.structures.changeStatus(s.getId(), StructureStatus.VALIDATED, null));
        assertThat(world.fixtures.structureStatus(s.getId())).isEqualTo("VALIDATED");
        assertThat(queueOf(referent)).doesNotContain(s.getId());

        List<StatusChange> history = As.user(responsable, () -> world.structures.history(s.getId()));
        assertThat(history).extracting("fromStatus", "toStatus", "actorId", "actorName", "comment").containsExactly(
                tuple(null, "DRAFT", idOf(responsable), "Camille Responsable", "Structure créée à l'inscription."),
                tuple("DRAFT", "WAITING_VALIDATION", null, SYSTEM_ACTOR, "Profil complet : transmis aux référents."),
                tuple("WAITING_VALIDATION", "IN_REVIEW", idOf(referent), "Dominique Référent", "Je regarde."),
                tuple("IN_REVIEW", "VALIDATED", idOf(referent), "Dominique Référent", null));
        assertThatThrownBy(() -> As.user(foreignReferent, () -> world.structures.history(s.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMissionIsPublishedFoundAppliedToAndItsCandidatureValidated() {
        String referent = world.fixtures.referentOf("69");
        String responsable = world.registerResponsable("Soutien Scolaire " + suffix(), World.LYON_1ER, World.LYON);
        Structure structure = world.validatedStructureOfLyon(responsable, "Soutien Scolaire " + suffix(), referent);

        // rich text is cleaned on the way in: no script, no event handler
        String title = "Aide aux devoirs " + suffix();
        Mission draft = As.user(responsable, () -> world.missions.create(structure.getId(), world.missionForm(title,
                "<script>alert(1)</script><p onclick=\"x()\">Bonjour</p>", 2), World.lyon()));
        long missionId = draft.getId();
        assertThat(draft.getStatus()).isEqualTo(MissionStatus.DRAFT);
        assertThat(draft.getDepartment().getCode()).isEqualTo("69");
        String stored = world.fixtures.missionDescription(missionId);
        assertThat(stored).isEqualTo("<p>Bonjour</p>").doesNotContain("script", "alert", "onclick");

        GeoPoint lyon1er = world.territory.locate(World.LYON_1ER, null).orElseThrow();
        GeoPoint bourg = world.territory.locate(World.BOURG_POSTAL_CODE, World.BOURG_EN_BRESSE).orElseThrow();
        assertThat(find(lyon1er, 10, missionId)).as("a draft is not public").isEmpty();

        As.run(responsable, () -> world.missions.submit(missionId));
        As.run(referent, () -> world.missions.changeStatus(missionId, MissionStatus.VALIDATED, null));
        assertThat(world.fixtures.missionStatus(missionId)).isEqualTo("VALIDATED");

        MissionHit hit = find(lyon1er, 10, missionId).orElseThrow(() -> new AssertionError(
                "validated mission not found within 10 km of Lyon 1er"));
        assertThat(hit.title()).isEqualTo(title);
        assertThat(hit.city()).isEqualTo("Lyon");
        assertThat(hit.placesLeft()).isEqualTo(2);
        // Place Bellecour is geocoded to Lyon's centre, about 2 km from the centre of the 1st arrondissement
        assertThat(hit.distanceKm()).isNotNull().isBetween(0.0, 10.0);
        assertThat(find(bourg, 10, missionId)).as("Bourg-en-Bresse is 60 km away").isEmpty();

        // a volunteer applies; the structure's first reply moves the candidature to review; then validates it
        String volunteer = world.registerVolunteer("Léa");
        String other = world.registerVolunteer("Noé");
        Candidature applied = As.user(volunteer, () -> world.candidatures.apply(missionId,
                "Bonjour, je suis disponible le mercredi <b>après-midi</b>."));
        long candidatureId = applied.getId();
        assertThat(applied.getStatus()).isEqualTo(CandidatureStatus.WAITING_VALIDATION);
        assertThat(applied.getMessage()).as("messages are plain text")
                .isEqualTo("Bonjour, je suis disponible le mercredi après-midi.");

        As.run(responsable, () -> world.candidatures.reply(candidatureId, "Merci ! Pouvez-vous venir mercredi ?"));
        assertThat(world.fixtures.candidatureStatus(candidatureId)).isEqualTo("IN_REVIEW");
        As.run(responsable, () -> world.candidatures.changeStatus(candidatureId, CandidatureStatus.VALIDATED, null));
        assertThat(world.fixtures.candidatureStatus(candidatureId)).isEqualTo("VALIDATED");
        assertThat(world.fixtures.placesTaken(missionId)).isEqualTo(1);

        assertThat(As.user(volunteer, world.candidatures::mine))
                .filteredOn(c -> c.getId() == candidatureId)
                .extracting(Candidature::getStatus).containsExactly(CandidatureStatus.VALIDATED);
        assertThat(As.user(volunteer, () -> world.candidatures.messages(candidatureId)))
                .extracting(CandidatureMessage::getBody)
                .containsExactly("Bonjour, je suis disponible le mercredi après-midi.",
                        "Merci ! Pouvez-vous venir mercredi ?");

        // another volunteer cannot even learn that the candidature exists
        assertThatThrownBy(() -> As.user(other, () -> world.candidatures.get(candidatureId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> As.user(other, () -> world.candidatures.messages(candidatureId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> As.user(other, () -> world.candidatures.cancel(candidatureId,
                CancelReason.NOT_AVAILABLE, "Je prends sa place")))
                .isInstanceOf(NotFoundException.class);
        assertThat(As.user(other, world.candidatures::mine)).isEmpty();

        // a responsable of another structure can neither edit the mission nor decide on its candidatures
        String stranger = world.registerResponsable("Club de Bourg " + suffix(), World.BOURG_POSTAL_CODE,
                World.BOURG_EN_BRESSE);
        assertThatThrownBy(() -> As.user(stranger, () -> world.missions.update(missionId,
                world.missionForm("Titre remplacé par un autre", "<p>Autre texte</p>", 9), World.lyon())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> As.user(stranger, () -> world.candidatures.refuse(candidatureId,
                RefusalReason.OTHER, null))).isInstanceOf(NotFoundException.class);
        assertThat(world.fixtures.missionTitle(missionId)).isEqualTo(title);
        assertThat(world.fixtures.missionStatus(missionId)).isEqualTo("VALIDATED");
        assertThat(world.fixtures.candidatureStatus(candidatureId)).isEqualTo("VALIDATED");

        // the history of each object tells who moved it, from what, to what
        assertThat(As.user(volunteer, () -> world.candidatures.history(candidatureId)))
                .extracting("fromStatus", "toStatus", "actorId").containsExactly(
                        tuple(null, "WAITING_VALIDATION", idOf(volunteer)),
                        tuple("WAITING_VALIDATION", "IN_REVIEW", idOf(responsable)),
                        tuple("IN_REVIEW", "VALIDATED", idOf(responsable)));
        assertThat(As.user(responsable, () -> world.missions.history(missionId)))
                .extracting("fromStatus", "toStatus", "actorId").containsExactly(
                        tuple(null, "DRAFT", idOf(responsable)),
                        tuple("DRAFT", "WAITING_VALIDATION", idOf(responsable)),
                        tuple("WAITING_VALIDATION", "VALIDATED", idOf(referent)));
        assertThatThrownBy(() -> As.user(stranger, () -> world.missions.history(missionId)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anUnknownPostalCodeIsRefusedWithAFrenchMessageAndNothingIsStored() {
        String volunteer = Fixtures.uniqueEmail("benevole");
        assertThatThrownBy(() -> world.accounts.registerVolunteer(World.volunteerForm(volunteer, "Léa", "99999",
                null))).isInstanceOf(BusinessException.class).hasMessageContaining("Code postal inconnu")
                .hasMessageContaining("99999");
        assertThat(world.fixtures.accountExists(volunteer)).isFalse();

        String responsable = Fixtures.uniqueEmail("responsable");
        assertThatThrownBy(() -> world.accounts.registerResponsable(World.responsableForm(responsable,
                "Association Fantôme", "99999", null))).isInstanceOf(BusinessException.class)
                .hasMessageContaining("Code postal inconnu");
        assertThat(world.fixtures.accountExists(responsable)).isFalse();

        // a draft structure may write missions, but not at an address that does not exist
        String registered = world.registerResponsable("Jardins Partagés " + suffix(), World.LYON_1ER, World.LYON);
        long structureId = world.structureOf(registered).getId();
        assertThatThrownBy(() -> As.user(registered, () -> world.missions.create(structureId,
                world.missionForm("Entretien du jardin partagé", "<p>Arroser et désherber.</p>", 2),
                List.of(new AddressInput(null, "99999", null)))))
                .isInstanceOf(BusinessException.class)
                .hasMessage("Code postal inconnu ou commune introuvable : « 99999 ».");
        assertThat(As.user(registered, () -> world.missions.ofStructure(structureId))).isEmpty();
        assertThatThrownBy(() -> As.user(registered, () -> world.structures.updateProfile(structureId,
                world.completeProfile("Jardins Partagés"), "99999", null)))
                .isInstanceOf(BusinessException.class).hasMessageStartingWith("Code postal inconnu");
        assertThat(world.fixtures.structureStatus(structureId)).isEqualTo("DRAFT");
    }

    @Test
    void theJourneysMailsReachTheirRecipientsInFrench() {
        // the server is up before anything is queued, so the outbox timer never backs off these mails
        try (MailServer smtp = MailServer.start()) {
            String referent = world.fixtures.referentOf("69");
            String name = "Maraude Solidaire " + suffix();
            String responsable = world.registerResponsable(name, World.LYON_1ER, World.LYON);
            Structure structure = world.validatedStructureOfLyon(responsable, name, referent);
            String title = "Maraude du soir " + suffix();
            Mission mission = world.onlineMission(responsable, structure.getId(), referent, title, 3);
            String volunteer = world.registerVolunteer("Inès");
            Candidature c = As.user(volunteer, () -> world.candidatures.apply(mission.getId(), "Disponible !"));
            As.run(responsable, () -> world.candidatures.changeStatus(c.getId(), CandidatureStatus.VALIDATED, null));

            for (String recipient : List.of(referent, responsable, volunteer)) {
                flushUntil("all mail to " + recipient + " sent", () -> {
                    List<OutboxMail> rows = world.fixtures.outboxTo(recipient);
                    return !rows.isEmpty() && rows.stream().allMatch(m -> m.getSentAt() != null);
                });
                assertThat(world.fixtures.outboxTo(recipient)).allSatisfy(m -> {
                    assertThat(m.getLastError()).isNull();
                    assertThat(m.getAttempts()).isEqualTo(1);
                });
            }

            // the admins' mail list is closed to anyone else (the container checks the role, not Actors)
            assertThatThrownBy(() -> As.user(responsable, () -> world.sentMails.latest(0, 10)))
                    .isInstanceOf(EJBAccessException.class);

            assertThat(smtp.to(referent)).extracting(MailServer.Received::subject).containsExactlyInAnyOrder(
                    "Structure à examiner : " + name, "Mission à examiner : " + title);
            assertThat(smtp.to(responsable)).extracting(MailServer.Received::subject).containsExactlyInAnyOrder(
                    "Votre structure est « Validée »", "Votre mission est « Validée »",
                    "Nouvelle candidature pour « " + title + " »");
            List<MailServer.Received> toVolunteer = smtp.to(volunteer);
            assertThat(toVolunteer).extracting(MailServer.Received::subject)
                    .containsExactly("Votre candidature est validée !");
            MailServer.Received validated = toVolunteer.get(0);
            assertThat(validated.to()).containsExactly(volunteer);
            assertThat(validated.from()).isEqualTo(FROM);
            assertThat(validated.body()).contains("Bonjour Inès", title, name, "« Validée »",
                    "/benevole/candidature.xhtml?id=" + c.getId());
            assertThat(smtp.to(responsable)).filteredOn(m -> m.subject().startsWith("Nouvelle candidature"))
                    .singleElement().satisfies(m -> assertThat(m.body()).contains("Inès Bénévole", "Disponible !"));
        }
    }

    @Test
    void aMailServerThatIsDownDelaysMailAndLosesNone() {
        // nothing listens on the SMTP port during this test until it starts the server itself
        String referent = world.fixtures.referentOf("69");
        String name = "Repair Café " + suffix();
        String responsable = world.registerResponsable(name, World.LYON_1ER, World.LYON);
        long structureId = world.structureOf(responsable).getId();
        As.run(responsable, () -> world.structures.updateProfile(structureId, world.completeProfile(name),
                World.LYON_1ER, World.LYON));

        OutboxMail failed = flushUntilRow(referent, m -> m.getAttempts() >= 1, "first attempt failed");
        assertThat(failed.getSubject()).isEqualTo("Structure à examiner : " + name);
        assertThat(failed.getSentAt()).isNull();
        assertThat(failed.getLastError()).isNotBlank();

        try (MailServer smtp = MailServer.start()) {
            // the mail waits for its back-off (a minute after the first failure) even though the server is back
            world.outbox.flush();
            OutboxMail waiting = world.fixtures.outboxTo(referent).get(0);
            assertThat(waiting.getSentAt()).isNull();
            assertThat(waiting.getAttempts()).isEqualTo(failed.getAttempts());
            assertThat(smtp.to(referent)).isEmpty();

            TestClock.advance(Duration.ofMinutes(2));
            OutboxMail sent = flushUntilRow(referent, m -> m.getSentAt() != null, "retried mail sent");
            assertThat(sent.getAttempts()).isEqualTo(failed.getAttempts() + 1);
            assertThat(sent.getLastError()).isNull();
            assertThat(smtp.to(referent)).extracting(MailServer.Received::subject)
                    .containsExactly("Structure à examiner : " + name);
        } finally {
            TestClock.reset();
        }
    }

    /** Flushes the outbox until the condition holds (the timer may be holding the rows for a moment). */
    private void flushUntil(String description, Supplier<Boolean> done) {
        Eventually.get(Duration.ofSeconds(60), description, () -> {
            world.outbox.flush();
            return done.get() ? Optional.of(true) : Optional.empty();
        });
    }

    private OutboxMail flushUntilRow(String recipient, Predicate<OutboxMail> done,
            String description) {
        return Eventually.get(Duration.ofSeconds(60), description, () -> {
            world.outbox.flush();
            List<OutboxMail> rows = world.fixtures.outboxTo(recipient);
            assertThat(rows).as("mails to %s", recipient).hasSize(1);
            return Optional.of(rows.get(0)).filter(done);
        });
    }

    private List<Long> queueOf(String referent) {
        return As.user(referent, world.structures::reviewQueue).stream().map(Structure::getId).toList();
    }

    private Long idOf(String email) {
        return As.user(email, world.accounts::me).getId();
    }

    /** The mission among the search results around a point, whatever other tests left in the database. */
    private Optional<MissionHit> find(GeoPoint around, int radiusKm, long missionId) {
        SearchCriteria criteria = new SearchCriteria(around, radiusKm, null, null, null, false, null, null);
        for (int page = 0; page < 40; page++) {
            SearchPage results = world.search.search(criteria, page, 50);
            Optional<MissionHit> hit = results.hits().stream().filter(h -> h.id() == missionId).findFirst();
            if (hit.isPresent() || page + 1 >= results.pages()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    private static String suffix() {
        return Fixtures.uniqueEmail("x").substring(2, 8);
    }
}
