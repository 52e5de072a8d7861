package fr.engagement.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.it.support.As;
import fr.engagement.it.support.CatalogueData;
import fr.engagement.it.support.World;
import fr.engagement.missions.boundary.MissionHit;
import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.boundary.SearchPage;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.partners.boundary.CatalogueBackfill;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.PartnerMission;
import fr.engagement.partners.entity.Publisher;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.entity.GeoPoint;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform in the shared catalogue, on Payara Micro and MariaDB: its missions are projected in the transaction
 * of each change (validation, edit, review, cancellation, structure reported), and the bénévolat search shows the
 * live missions of the announcers the platform diffuses, and only those.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformCatalogueIT {

    private static final GeoPoint LYON = new GeoPoint(45.7676, 4.8345);

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(PlatformCatalogueIT.class);
    }

    @Inject
    World world;

    @Inject
    CatalogueData catalogue;

    @Inject
    CatalogueBackfill backfill;

    @Test
    void aValidatedMissionIsInTheCatalogueAtOnceWithItsMappedFields() {
        String referent = world.fixtures.referentOf("69");
        String name = "Entraide Bellecour " + suffix();
        String responsable = world.registerResponsable(name, World.LYON_1ER, World.LYON);
        Structure s = world.validatedStructureOfLyon(responsable, name, referent);
        Mission draft = As.user(responsable, () -> world.missions.create(s.getId(), world.missionForm(
                "Aide aux devoirs " + suffix(), "<p>Aider des collégiens.</p><ul><li>Maths</li></ul>", 3),
                World.lyon()));
        As.run(responsable, () -> world.missions.submit(draft.getId()));
        assertThat(catalogue.projectionOf(draft.getId())).as("not diffused before validation").isEmpty();

        As.run(referent, () -> world.missions.changeStatus(draft.getId(), MissionStatus.VALIDATED, null));

        PartnerMission row = catalogue.projectionOf(draft.getId()).orElseThrow();
        assertThat(row.isLive()).isTrue();
        assertThat(row.getPublisherId()).isEqualTo(Publisher.PLATFORM_ID);
        assertThat(row.getClientId()).isEqualTo(draft.getId().toString());
        assertThat(row.getTitle()).isEqualTo(draft.getTitle());
        assertThat(row.getDescription()).isEqualTo("Aider des collégiens.\n • Maths");
        assertThat(row.getDescriptionHtml()).isEqualTo("<p>Aider des collégiens.</p><ul><li>Maths</li></ul>");
        assertThat(row.getDomain()).isEqualTo("sante");
        assertThat(row.getActivities()).containsExactly("Prévention, Sensibilisation");
        assertThat(row.getRemote()).isEqualTo("no");
        assertThat(row.getType()).isEqualTo("benevolat");
        assertThat(row.getPlaces()).isEqualTo(3);
        assertThat(row.getStatusCode()).isEqualTo("ACCEPTED");
        assertThat(row.getApplicationUrl()).endsWith("/missions/mission.xhtml?id=" + draft.getId())
                .startsWith("http");
        assertThat(row.getAddresses()).extracting(a -> a.data()).containsExactly(new AddressData(
                "10 place Bellecour", "69001", "Lyon", "69", "Rhône", "Auvergne-Rhône-Alpes", "FR",
                draft.getAddresses().get(0).getLatitude(), draft.getAddresses().get(0).getLongitude(),
                "ENRICHED_BY_API"));
        assertThat(catalogue.addressLiveFlags(row.getId())).containsExactly(true);
        assertThat(row.getOrganization().getName()).isEqualTo(name);
        assertThat(row.getOrganization().getRna()).isEqualTo("W691234567");
        assertThat(row.getOrganization().getLegalStatus()).isEqualTo("Association");
        assertThat(row.getOrganization().getStructureId()).isEqualTo(s.getId());
        assertThat(row.getOrganization().getClientId()).isEqualTo(s.getId().toString());
    }

    @Test
    void anEditRewritesTheRowAndAReviewOrACancellationWithdrawsIt() {
        String referent = world.fixtures.referentOf("69");
        String responsable = world.registerResponsable("Jardins " + suffix(), World.LYON_1ER, World.LYON);
        Structure s = world.validatedStructureOfLyon(responsable, "Jardins " + suffix(), referent);
        String title = "Jardinage partagé " + suffix();
        Mission m = world.onlineMission(responsable, s.getId(), referent, title, 2);
        String description = "<p>Aider des collégiens à faire leurs devoirs.</p>";
        String id = catalogue.projectionOf(m.getId()).orElseThrow().getId();

        // an edit that keeps the mission validated: the row follows at once
        As.run(responsable, () -> world.missions.update(m.getId(), world.missionForm(title, description, 5),
                World.lyon()));
        PartnerMission edited = catalogue.projectionOf(m.getId()).orElseThrow();
        assertThat(edited.getId()).isEqualTo(id);
        assertThat(edited.getPlaces()).isEqualTo(5);
        assertThat(edited.isLive()).isTrue();

        // a substantive edit sends the mission back to review: no longer diffused
        String retitled = "Jardinage partagé au parc " + suffix();
        As.run(responsable, () -> world.missions.update(m.getId(), world.missionForm(retitled, description, 5),
                World.lyon()));
        assertThat(world.fixtures.missionStatus(m.getId())).isEqualTo("WAITING_VALIDATION");
        assertThat(catalogue.projectionOf(m.getId()).orElseThrow().isLive()).isFalse();
        assertThat(catalogue.addressLiveFlags(id)).containsExactly(false);

        // validated again: the same row, restored with the new title
        As.run(referent, () -> world.missions.changeStatus(m.getId(), MissionStatus.VALIDATED, null));
        PartnerMission restored = catalogue.projectionOf(m.getId()).orElseThrow();
        assertThat(restored.getId()).isEqualTo(id);
        assertThat(restored.isLive()).isTrue();
        assertThat(restored.getTitle()).isEqualTo(retitled);

        As.run(responsable, () -> world.missions.changeStatus(m.getId(), MissionStatus.CANCELLED, "Annulée."));
        assertThat(catalogue.projectionOf(m.getId()).orElseThrow().isLive()).isFalse();
        assertThat(catalogue.addressLiveFlags(id)).containsExactly(false);
    }

    @Test
    void aProfileEditReachesTheOrganisationAndAReportedStructureWithdrawsItsMissions() {
        String referent = world.fixtures.referentOf("69");
        String name = "Maison de quartier " + suffix();
        String responsable = world.registerResponsable(name, World.LYON_1ER, World.LYON);
        Structure s = world.validatedStructureOfLyon(responsable, name, referent);
        Mission first = world.onlineMission(responsable, s.getId(), referent, "Accueil du public " + suffix(), 2);
        Mission second = world.onlineMission(responsable, s.getId(), referent, "Animation d'ateliers " + suffix(), 2);

        String renamed = "Maison des habitants " + suffix();
        As.run(responsable, () -> world.structures.updateProfile(s.getId(), world.completeProfile(renamed),
                World.LYON_1ER, World.LYON));
        assertThat(catalogue.projectionOf(first.getId()).orElseThrow().getOrganization().getName())
                .isEqualTo(renamed);

        As.run(referent, () -> world.structures.changeStatus(s.getId(), StructureStatus.REPORTED, "Signalement."));
        assertThat(catalogue.projectionOf(first.getId()).orElseThrow().isLive()).isFalse();
        assertThat(catalogue.projectionOf(second.getId()).orElseThrow().isLive()).isFalse();
    }

    @Test
    void theBackfillProjectsASearchableMissionWithoutRowAndIsIdempotent() {
        String referent = world.fixtures.referentOf("69");
        String responsable = world.registerResponsable("Ancienne base " + suffix(), World.LYON_1ER, World.LYON);
        Structure s = world.validatedStructureOfLyon(responsable, "Ancienne base " + suffix(), referent);
        Mission m = world.onlineMission(responsable, s.getId(), referent, "Collecte alimentaire " + suffix(), 2);
        catalogue.forgetProjection(m.getId());
        assertThat(catalogue.projectionOf(m.getId())).isEmpty();

        assertThat(backfill.run()).isPositive();
        assertThat(catalogue.projectionOf(m.getId()).orElseThrow().isLive()).isTrue();
        assertThat(backfill.run()).as("nothing left to do").isZero();
    }

    @Test
    void theSearchShowsLiveMissionsOfDiffusedAnnouncersWithTheirPublisherAndTrackedLink() {
        String diffused = catalogue.announcer("Réseau diffusé " + suffix(), true);
        String ignored = catalogue.announcer("Réseau non diffusé " + suffix(), false);
        String near = "Collecte de jouets " + suffix();
        String otherDomain = "Tournoi de football " + suffix();
        String notDiffused = "Maraude du soir " + suffix();
        String nearId = catalogue.liveMission(diffused, near, "sante", "Lyon", "69002", "69", 45.7578, 4.8320);
        catalogue.liveMission(diffused, otherDomain, "sport", "Lyon", "69003", "69", 45.7600, 4.8500);
        catalogue.liveMission(ignored, notDiffused, "sante", "Lyon", "69002", "69", 45.7578, 4.8320);

        // domain 1 (Santé pour tous) is the peer's "sante"; the partner missions are open to minors, ours are not
        SearchPage page = world.search.search(new SearchCriteria(LYON, 20, 1, null, null, true, null, null), 0, 50);
        MissionHit hit = page.hits().stream().filter(h -> near.equals(h.title())).findFirst().orElseThrow();
        assertThat(hit.isPartner()).isTrue();
        assertThat(hit.publisherName()).startsWith("Réseau diffusé ");
        assertThat(hit.trackedPath()).isEqualTo("/r/" + nearId + "/" + Publisher.PLATFORM_ID);
        assertThat(hit.placeLabel()).isEqualTo("Lyon (69)");
        assertThat(hit.distanceKm()).isLessThan(2.0);
        assertThat(page.hits()).extracting(MissionHit::title).doesNotContain(notDiffused, otherDomain);
        assertThat(page.total()).isGreaterThanOrEqualTo(page.hits().size());

        SearchPage anyDomain = world.search.search(new SearchCriteria(LYON, 20, null, null, null, true, null, null),
                0, 50);
        assertThat(anyDomain.hits()).extracting(MissionHit::title).contains(near, otherDomain)
                .doesNotContain(notDiffused);

        // the pages of one hit, put together, are the page of fifty: merge and cut keep one order and one total
        if (anyDomain.total() <= 50) {
            List<String> oneByOne = new ArrayList<>();
            for (int i = 0; i < anyDomain.total(); i++) {
                SearchPage single = world.search.search(new SearchCriteria(LYON, 20, null, null, null, true, null,
                        null), i, 1);
                assertThat(single.total()).isEqualTo(anyDomain.total());
                single.hits().forEach(h -> oneByOne.add(key(h)));
            }
            assertThat(oneByOne).containsExactlyElementsOf(anyDomain.hits().stream().map(this::key).toList());
        }

        // without a place, soonest first, the diffused mission is found as well
        SearchPage everywhere = world.search.search(new SearchCriteria(null, 0, 1, null, null, true, null, null),
                0, 50);
        assertThat(everywhere.hits()).extracting(MissionHit::title).doesNotContain(notDiffused);
        assertThat(everywhere.total()).isGreaterThanOrEqualTo(1);
    }

    private String key(MissionHit h) {
        return h.isPartner() ? h.partnerMissionId() : Long.toString(h.id());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
