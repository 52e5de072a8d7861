package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.missions.entity.Activity;
import fr.engagement.missions.entity.DateType;
import fr.engagement.missions.entity.Domain;
import fr.engagement.missions.entity.Mission;
import fr.engagement.missions.entity.MissionAddress;
import fr.engagement.missions.entity.MissionStatus;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.entity.AddressData;
import fr.engagement.partners.entity.MissionContent;
import fr.engagement.partners.entity.OrganizationData;
import fr.engagement.platform.entity.Party;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.Network;
import fr.engagement.structures.entity.Structure;
import fr.engagement.structures.entity.StructureStatus;
import fr.engagement.territory.entity.Department;
import fr.engagement.territory.entity.Region;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlatformMissionMappingTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Department RHONE = new Department("69", "Rhône", new Region("84", "Auvergne-Rhône-Alpes"));
    static final Map<String, String> LABELS = Map.of("sante-soins", "Santé soins", "sensibilisation",
            "Prévention, Sensibilisation", "prevention-sensibilisation", "Prévention, Sensibilisation",
            "collecte", "Collecte");

    @Test
    void domainAndActivitiesBecomeThePeersSlugAndLabelsSortedWithoutDuplicates() {
        Mission m = mission(MissionType.ON_SITE);
        MissionContent c = PlatformMissionMapping.content(m, "https://ec.example/missions/mission.xhtml?id=20",
                LABELS, NOW);
        assertThat(c.domain()).isEqualTo("sante");
        assertThat(c.domainOriginal()).isEqualTo("Santé pour tous");
        // Médical → sante-soins, Actions de sensibilisation → sensibilisation, a third one mapping to the same label
        assertThat(c.activities()).containsExactly("Prévention, Sensibilisation", "Santé soins");
        assertThat(c.type()).isEqualTo("benevolat");
        assertThat(c.applicationUrl()).isEqualTo("https://ec.example/missions/mission.xhtml?id=20");
        assertThat(c.places()).isEqualTo(4);
        assertThat(c.placesStatus()).isEqualTo("GIVEN_BY_PARTNER");
        assertThat(c.openToMinors()).isTrue();
        assertThat(c.postedAt()).isEqualTo(NOW);
        assertThat(c.startAt()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(c.endAt()).isEqualTo(Instant.parse("2027-06-30T21:59:59Z"));
        assertThat(c.duration()).isEqualTo(6);
        assertThat(c.requirements()).containsExactly("Avoir plus de 16 ans");
        assertThat(c.image()).isNull();
    }

    @Test
    void anActivityWithoutAKnownPartnerLabelIsLeftOut() {
        Mission m = mission(MissionType.ON_SITE);
        assertThat(PlatformMissionMapping.activities(m, Map.of("sante-soins", "Santé soins")))
                .containsExactly("Santé soins");
    }

    @Test
    void onSiteAddressesCarryTheDepartmentRegionCountryAndPointFromTheTerritory() {
        MissionContent c = PlatformMissionMapping.content(mission(MissionType.ON_SITE), "u", LABELS, NOW);
        assertThat(c.remote()).isEqualTo("no");
        assertThat(c.addresses()).containsExactly(new AddressData("10 place Bellecour", "69001", "Lyon", "69",
                "Rhône", "Auvergne-Rhône-Alpes", "FR", 45.76, 4.83, "ENRICHED_BY_API"));
    }

    @Test
    void aRemoteMissionIsFullyRemoteWithoutAddress() {
        MissionContent c = PlatformMissionMapping.content(mission(MissionType.REMOTE), "u", LABELS, NOW);
        assertThat(c.remote()).isEqualTo("full");
        assertThat(c.addresses()).isEmpty();
        assertThat(PlatformMissionMapping.remote(MissionType.ON_SITE)).isEqualTo("no");
    }

    @Test
    void descriptionIsPlainTextBesideTheHtmlWithListItemsBulleted() {
        Mission m = mission(MissionType.ON_SITE);
        MissionContent c = PlatformMissionMapping.content(m, "u", LABELS, NOW);
        assertThat(c.descriptionHtml()).isEqualTo("<p>Accueillir les patients &amp; leurs proches.</p><ul>"
                + "<li>Orienter</li><li>Écouter</li></ul><h3>Objectifs</h3><p>Rompre l'isolement.</p>");
        assertThat(c.description()).isEqualTo("Accueillir les patients & leurs proches.\n • Orienter\n • Écouter\n"
                + "Objectifs\nRompre l'isolement.");
        assertThat(PlatformMissionMapping.text("<p>Un&nbsp;texte<br>sur deux lignes</p>"))
                .isEqualTo("Un texte\nsur deux lignes");
        assertThat(PlatformMissionMapping.text(null)).isEmpty();
    }

    @Test
    void aStructureBecomesAnOrganisationWithItsIdentifiersLegalStatusAndNetwork() {
        Structure s = structure();
        s.setSiret("12345678900011");
        s.setWebsite("https://entraide.example.org");
        s.setSubType("Association loi 1901");
        s.joinNetwork(new Network("Réseau des Maisons de quartier", NOW));
        OrganizationData o = PlatformMissionMapping.organization(s);
        assertThat(o.name()).isEqualTo("Entraide Bellecour");
        assertThat(o.rna()).isEqualTo("W691234567");
        assertThat(o.siret()).isEqualTo("12345678900011");
        assertThat(o.siren()).isEqualTo("123456789");
        assertThat(o.legalStatus()).isEqualTo("Association");
        assertThat(o.type()).isEqualTo("Association loi 1901");
        assertThat(o.url()).isEqualTo("https://entraide.example.org");
        assertThat(o.description()).isEqualTo("Aide alimentaire et accompagnement.");
        assertThat(o.fullAddress()).isEqualTo("3 rue de la République, 69001 Lyon");
        assertThat(o.postalCode()).isEqualTo("69001");
        assertThat(o.city()).isEqualTo("Lyon");
        assertThat(o.parentOrganizations()).containsExactly("Réseau des Maisons de quartier");
    }

    @Test
    void aStructureWithoutSiretOrNetworkHasNeitherSirenNorParents() {
        Structure s = structure();
        s.setLegalStatus(LegalStatus.COLLECTIVITE);
        OrganizationData o = PlatformMissionMapping.organization(s);
        assertThat(o.siret()).isNull();
        assertThat(o.siren()).isNull();
        assertThat(o.legalStatus()).isEqualTo("Collectivité territoriale");
        assertThat(o.parentOrganizations()).isEmpty();
    }

    @Test
    void theSameMissionGivesTheSameHashAndAnEditAnother() {
        Mission m = mission(MissionType.ON_SITE);
        String first = PlatformMissionMapping.content(m, "u", LABELS, NOW).hash();
        assertThat(PlatformMissionMapping.content(m, "u", LABELS, NOW).hash()).isEqualTo(first);
        m.setPlaces(5);
        assertThat(PlatformMissionMapping.content(m, "u", LABELS, NOW).hash()).isNotEqualTo(first);
    }

    // --- detached entities, in the states the boundaries produce

    static Structure structure() {
        Structure s = new Structure("Entraide Bellecour", LegalStatus.ASSOCIATION, NOW);
        s.setRna("W691234567");
        s.setDescription("<p>Aide alimentaire et accompagnement.</p>");
        s.setStreet("3 rue de la République");
        s.setDomains(Set.of(domain(1, "Santé pour tous", "sante")));
        s.locateAt("69001", "69123", "Lyon", RHONE, 45.76, 4.83);
        set(s, "id", 10L);
        return s;
    }

    static Mission mission(MissionType type) {
        Structure s = structure();
        s.submitIfComplete(NOW);
        s.changeStatus(StructureStatus.VALIDATED, Party.REFERENT, NOW);
        Mission m = new Mission(s, 1L, NOW);
        Mission edited = Mission.blank();
        edited.setTitle("Accueillir les patients à l'hôpital");
        edited.setDomain(domain(1, "Santé pour tous", "sante"));
        edited.setActivities(new LinkedHashSet<>(List.of(activity(2, "Médical", "sante-soins"),
                activity(19, "Actions de sensibilisation", "sensibilisation"),
                activity(40, "Prévention", "prevention-sensibilisation"))));
        edited.setType(type);
        edited.setDateType(DateType.ONE_OFF);
        edited.setStartDate(LocalDate.of(2026, 12, 1));
        edited.setEndDate(LocalDate.of(2027, 6, 30));
        edited.setPlaces(4);
        edited.setOpenToMinors(true);
        edited.setPrerequisites("Avoir plus de 16 ans");
        m.copyContentFrom(edited, "<p>Accueillir les patients &amp; leurs proches.</p><ul><li>Orienter</li>"
                + "<li>Écouter</li></ul>", "<p>Rompre l'isolement.</p>");
        m.placeAt(type, type == MissionType.REMOTE ? List.of()
                : List.of(new MissionAddress("10 place Bellecour", "69001", "69123", "Lyon", "69", 45.76, 4.83)));
        m.changeStatus(MissionStatus.WAITING_VALIDATION, Party.STRUCTURE, NOW);
        m.changeStatus(MissionStatus.VALIDATED, Party.REFERENT, NOW);
        set(m, "id", 20L);
        return m;
    }

    static Domain domain(int id, String name, String partnerSlug) {
        Domain d = new Domain(id, name);
        set(d, "partnerSlug", partnerSlug);
        return d;
    }

    static Activity activity(int id, String name, String partnerSlug) {
        try {
            Constructor<Activity> c = Activity.class.getDeclaredConstructor();
            c.setAccessible(true);
            Activity a = c.newInstance();
            set(a, "id", id);
            set(a, "name", name);
            set(a, "partnerSlug", partnerSlug);
            return a;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
