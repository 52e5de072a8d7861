package fr.engagement.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.accounts.entity.Role;
import fr.engagement.demo.control.DemoAccounts.DemoAccount;
import fr.engagement.demo.control.MissionTemplates.Template;
import fr.engagement.demo.control.StructureCatalogue.StructureSpec;
import fr.engagement.structures.entity.LegalStatus;
import fr.engagement.structures.entity.StructureStatus;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo content holds together before any database sees it: a broken catalogue would fail the demo start. */
class DemoCatalogueTest {

    static final Set<Integer> ACTIVE_DOMAINS = Set.of(1, 2, 3, 4, 6, 7, 8, 9, 10, 11);

    @Test
    void everyRoleHasAShowcaseAccountWithAPasswordThatMeetsThePolicy() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (DemoAccount a : DemoAccounts.SHOWCASE) {
            Arrays.stream(a.role().split(" \\+ ")).map(Role::valueOf).forEach(roles::add);
            assertThat(a.password()).hasSizeGreaterThanOrEqualTo(12).matches("(?=.*[A-Za-z])(?=.*\\d).*");
            assertThat(a.email()).endsWith(DemoAccounts.DOMAIN);
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(DemoAccounts.SHOWCASE.stream().map(DemoAccount::email).distinct()).hasSameSizeAs(
                DemoAccounts.SHOWCASE);
        assertThat(DemoAccounts.SUPPORTING_PASSWORD).hasSizeGreaterThanOrEqualTo(12).matches(".*\\d.*");
    }

    @Test
    void structuresAreWellFormedAndCoverEveryStatus() {
        List<StructureSpec> all = StructureCatalogue.ALL;
        assertThat(all.stream().map(StructureSpec::key).collect(Collectors.toSet())).hasSameSizeAs(all);
        assertThat(all.stream().map(StructureSpec::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(StructureStatus.values());
        for (StructureSpec s : all) {
            assertThat(PlaceCatalogue.DEPARTMENTS).contains(s.postalCode().substring(0, 2));
            if (s.legalStatus() == LegalStatus.ASSOCIATION) {
                assertThat(s.rna()).matches("W\\d{9}");
            }
            if (s.legalStatus() == LegalStatus.ORGANISATION_PRIVEE) {
                assertThat(s.siret()).matches("\\d{14}");
            }
            assertThat(s.responsable() != null || s.contact() != null).as(s.key()).isTrue();
            assertThat(ACTIVE_DOMAINS).containsAll(Arrays.stream(s.domains()).boxed().toList());
        }
        assertThat(all.stream().filter(StructureSpec::inNetwork)).hasSizeBetween(3, 4);
        assertThat(all.stream().mapToInt(StructureSpec::missions).sum()).isBetween(280, 320);
    }

    @Test
    void everyActiveDomainHasSeveralMissionTemplates() {
        Map<Integer, List<Template>> templates = MissionTemplates.load();
        assertThat(templates.keySet()).containsExactlyInAnyOrderElementsOf(ACTIVE_DOMAINS);
        templates.forEach((domain, list) -> {
            assertThat(list).as("domain " + domain).hasSizeGreaterThanOrEqualTo(5);
            list.forEach(t -> {
                assertThat(t.title()).hasSizeBetween(10, 200);
                assertThat(t.minPlaces()).isBetween(1, t.maxPlaces());
                assertThat(t.maxPlaces()).isLessThanOrEqualTo(20);
                assertThat(t.tasks()).hasSizeGreaterThanOrEqualTo(2);
            });
        });
        Set<String> titles = new HashSet<>();
        templates.values().forEach(list -> list.forEach(t -> assertThat(titles.add(t.title())).isTrue()));
    }

    @Test
    void structureDomainsAllHaveTemplates() {
        Map<Integer, List<Template>> templates = MissionTemplates.load();
        StructureCatalogue.ALL.forEach(s -> Arrays.stream(s.domains())
                .forEach(d -> assertThat(templates).containsKey(d)));
    }

    @Test
    void supportingPeopleHaveDistinctAddressesAndLiveInTheDemoDepartments() {
        Set<String> emails = new HashSet<>();
        PeopleCatalogue.VOLUNTEERS.forEach(v -> {
            assertThat(emails.add(OrganisationBuilder.email(v.firstName(), v.lastName()))).isTrue();
            assertThat(v.age()).isBetween(16, 75);
            assertThat(PlaceCatalogue.DEPARTMENTS).contains(v.department());
        });
        assertThat(PeopleCatalogue.VOLUNTEERS).hasSizeBetween(35, 45);
        assertThat(OrganisationBuilder.email("Élodie", "Burnier")).isEqualTo("elodie.burnier@demo.engagement-civique.fr");
        assertThat(OrganisationBuilder.email("Anne-Laure", "Costa")).isEqualTo("anne-laure.costa@demo.engagement-civique.fr");
    }
}
