package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.DiffusionRule;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiffusionScopeTest {

    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final String B = "b00000000000000000000000";
    static final String A1 = "a10000000000000000000000";
    static final String A2 = "a20000000000000000000000";
    static final String GONE = "a30000000000000000000000";

    @Test
    void withoutRootsABroadcasterSeesOnlyItsOwnMissions() {
        SqlArgs args = new SqlArgs();
        DiffusionScope scope = DiffusionScope.of(B, List.of(), Set.of());
        assertThat(scope.predicate("m", args, List.of())).isEqualTo("m.publisher_id = ?1");
        assertThat(args.values()).containsExactly(B);
        assertThat(scope.publishers()).containsExactly(B);
    }

    @Test
    void rootsWithoutCriteriaJoinOneInListAndDeletedAnnouncersAreLeftOut() {
        List<DiffusionRule> rules = List.of(DiffusionRule.root(B, A1, NOW), DiffusionRule.root(B, A2, NOW),
                DiffusionRule.root(B, GONE, NOW), DiffusionRule.root("someone-else", "a9", NOW));
        SqlArgs args = new SqlArgs();
        DiffusionScope scope = DiffusionScope.of(B, rules, Set.of(A1, A2));
        assertThat(scope.predicate("a", args, List.of())).isEqualTo("a.publisher_id IN (?1, ?2, ?3)");
        assertThat(args.values()).containsExactly(B, A1, A2);
        assertThat(scope.readsMission(List.of())).isFalse();
    }

    @Test
    void childRulesNarrowTheirRootOnly() {
        DiffusionRule root1 = DiffusionRule.root(B, A1, NOW);
        DiffusionRule root2 = DiffusionRule.root(B, A2, NOW);
        List<DiffusionRule> rules = List.of(root1, root2,
                DiffusionRule.child(root1, "publisherOrganization.clientId", "string", "is_not", "org-x", NOW));
        SqlArgs args = new SqlArgs();
        DiffusionScope scope = DiffusionScope.of(B, rules, Set.of(A1, A2));
        assertThat(scope.predicate("m", args, List.of())).isEqualTo("(m.publisher_id IN (?1, ?2)"
                + " OR (m.publisher_id = ?3 AND (m.organization_id IS NULL OR m.organization_id NOT IN"
                + " (SELECT o.id FROM publisher_organization o WHERE o.publisher_id = ?4 AND o.client_id COLLATE utf8mb4_unicode_ci = ?5))))");
        assertThat(args.values()).containsExactly(B, A2, A1, A1, "org-x");
        // organisation rules read the organisation id that the addresses copy: no mission row needed
        assertThat(scope.readsMission(List.of())).isFalse();
        assertThat(scope.predicate("a", new SqlArgs(), List.of())).contains("(a.organization_id IS NULL OR"
                + " a.organization_id NOT IN").doesNotContain("m.");
    }

    @Test
    void aTypeRuleReadsTheMissionRow() {
        DiffusionRule root1 = DiffusionRule.root(B, A1, NOW);
        DiffusionRule root2 = DiffusionRule.root(B, A2, NOW);
        DiffusionScope scope = DiffusionScope.of(B, List.of(root1, root2,
                DiffusionRule.child(root1, "type", "string", "is", "benevolat", NOW)), Set.of(A1, A2));
        assertThat(scope.readsMission(List.of())).isTrue();
        assertThat(scope.readsMission(List.of(A1))).isTrue();
        assertThat(scope.readsMission(List.of(A2))).isFalse();
    }

    @Test
    void thePublisherParameterKeepsOnlyPublishersInScope() {
        List<DiffusionRule> rules = List.of(DiffusionRule.root(B, A1, NOW));
        DiffusionScope scope = DiffusionScope.of(B, rules, Set.of(A1));
        SqlArgs args = new SqlArgs();
        assertThat(scope.predicate("m", args, List.of(A1, A2))).isEqualTo("m.publisher_id = ?1");
        assertThat(args.values()).containsExactly(A1);
        assertThat(scope.predicate("m", new SqlArgs(), List.of(A2))).isEqualTo("1 = 0");
    }

    @Test
    void parentOrganizationsAreMatchedAsCaseInsensitiveMembers() {
        DiffusionRule root = DiffusionRule.root(B, A1, NOW);
        SqlArgs args = new SqlArgs();
        String in = DiffusionScope.compile(DiffusionRule.child(root, "publisherOrganization.parentOrganizations",
                "string", "contains", "Croix-Rouge", NOW), A1, "m.organization_id", args);
        assertThat(in).isEqualTo("m.organization_id IN (SELECT o.id FROM publisher_organization o WHERE"
                + " o.publisher_id = ?1 AND JSON_CONTAINS(LOWER(o.parent_organizations), JSON_QUOTE(LOWER(?2))))");
        String out = DiffusionScope.compile(DiffusionRule.child(root, "publisherOrganization.parentOrganizations",
                "string", "does_not_contain", "Croix-Rouge", NOW), A1, "m.organization_id", new SqlArgs());
        assertThat(out).startsWith("(m.organization_id IS NULL OR m.organization_id NOT IN (SELECT o.id");
        String prefix = DiffusionScope.compile(DiffusionRule.child(root, "publisherOrganization.parentOrganizations",
                "string", "starts_with", "50%_off", NOW), A1, "m.organization_id", args);
        assertThat(prefix).contains("JSON_SEARCH(LOWER(o.parent_organizations), 'one', LOWER(?4)) IS NOT NULL");
        assertThat(args.values().get(3)).isEqualTo("50\\%\\_off%");
    }

    @Test
    void typeRulesTestTheMissionAndUnreadableRulesHideEverything() {
        DiffusionRule root = DiffusionRule.root(B, A1, NOW);
        SqlArgs args = new SqlArgs();
        assertThat(DiffusionScope.compile(DiffusionRule.child(root, "type", "string", "is_not", "benevolat", NOW),
                A1, "m.organization_id", args)).isEqualTo("(m.type IS NULL OR NOT (m.type = ?1))");
        assertThat(DiffusionScope.compile(DiffusionRule.child(root, "type", "string", "starts_with", "volontariat",
                NOW), A1, "m.organization_id", args)).isEqualTo("(m.type LIKE ?2)");
        assertThat(DiffusionScope.compile(DiffusionRule.child(root, "publisherOrganization.clientId", "string",
                "exists", "", NOW), A1, "m.organization_id", args))
                .contains("o.client_id COLLATE utf8mb4_unicode_ci IS NOT NULL AND o.client_id COLLATE utf8mb4_unicode_ci <> ''");
        assertThat(DiffusionScope.compile(DiffusionRule.child(root, "title", "string", "is", "x", NOW), A1,
                "m.organization_id", args)).isEqualTo("1 = 0");
        assertThat(DiffusionScope.compile(DiffusionRule.child(root, "type", "string", "is_greater_than", "b", NOW),
                A1, "m.organization_id", args)).isEqualTo("1 = 0");
    }

    @Test
    void grantsResolveOrganisationRulesInOneStatementAndKeepNothingForUnreadableRules() {
        DiffusionRule root1 = DiffusionRule.root(B, A1, NOW);
        DiffusionRule root2 = DiffusionRule.root(B, A2, NOW);
        DiffusionScope scope = DiffusionScope.of(B, List.of(root1, root2,
                DiffusionRule.child(root1, "publisherOrganization.clientId", "string", "is_not", "org-x", NOW),
                DiffusionRule.child(root2, "publisherOrganization.clientId", "string", "is", "org-y", NOW),
                DiffusionRule.child(root2, "unknownField", "string", "is", "z", NOW)), Set.of(A1, A2));
        List<String> statements = new java.util.ArrayList<>();
        List<SearchIndex.Grant> grants = scope.grants(List.of(), (sql, args) -> {
            statements.add(sql + " " + args);
            return List.<Object[]>of(new Object[] {0, 7L}, new Object[] {1, 8L}, new Object[] {1, 9L});
        });
        assertThat(statements).containsExactly("SELECT 0, o.id FROM publisher_organization o WHERE o.publisher_id = ?1"
                + " AND o.client_id COLLATE utf8mb4_unicode_ci = ?2 UNION ALL SELECT 1, o.id FROM publisher_organization o WHERE"
                + " o.publisher_id = ?3 AND o.client_id COLLATE utf8mb4_unicode_ci = ?4 [" + A1 + ", org-x, " + A2 + ", org-y]");
        assertThat(grants).containsExactly(new SearchIndex.Grant(B, List.of()),
                new SearchIndex.Grant(A1, List.of(new SearchIndex.OrganizationFilter(true, Set.of(7L)))),
                new SearchIndex.Grant(A2, List.of(new SearchIndex.OrganizationFilter(false, Set.of(8L, 9L)),
                        new SearchIndex.OrganizationFilter(false, Set.of()))));
        assertThat(scope.grants(List.of(A2, "not-in-scope"), (sql, args) -> List.of()))
                .extracting(SearchIndex.Grant::publisherId).containsExactly(A2);
    }

    @Test
    void aScopeReadingTheMissionRowHasNoGrants() {
        DiffusionRule root1 = DiffusionRule.root(B, A1, NOW);
        DiffusionScope scope = DiffusionScope.of(B, List.of(root1,
                DiffusionRule.child(root1, "type", "string", "is", "benevolat", NOW)), Set.of(A1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scope.grants(List.of(), (sql, args) -> List.of()))
                .isInstanceOf(IllegalStateException.class);
    }
}
