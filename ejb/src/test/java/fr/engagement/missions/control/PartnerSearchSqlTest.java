package fr.engagement.missions.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.partners.control.DiffusionScope;
import fr.engagement.partners.entity.DiffusionRule;
import fr.engagement.territory.entity.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartnerSearchSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String PLATFORM = "platform";

    /** The platform diffusing these announcers, the first one minus the organisations given. */
    static PartnerSearchSql.Scope scope(List<String> announcers, List<String> excluded, String domain,
            String activity) {
        List<DiffusionRule> rules = new ArrayList<>();
        for (String a : announcers) {
            DiffusionRule root = DiffusionRule.root(PLATFORM, a, Instant.EPOCH);
            rules.add(root);
            if (a.equals(announcers.get(0))) {
                excluded.forEach(o -> rules.add(DiffusionRule.child(root, "publisherOrganization.clientId", "string",
                        "is_not", o, Instant.EPOCH)));
            }
        }
        return new PartnerSearchSql.Scope(DiffusionScope.of(PLATFORM, rules, Set.copyOf(announcers)), announcers,
                domain, activity);
    }

    @Test
    void aroundAPointTheAddressCopiesAnswerWithDomainPublishersAndDistance() {
        var scope = scope(List.of("a1", "a2"), List.of(), "sante", null);
        var sql = PartnerSearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 20, 1, null, null, false,
                null, null), scope, TODAY, 40);
        assertThat(sql.page()).contains(" FROM partner_mission_address a WHERE a.live = TRUE AND a.domain = ?6"
                + " AND a.latitude BETWEEN ?7 AND ?8 AND a.longitude BETWEEN ?9 AND ?10 AND a.publisher_id IN (?1, ?2)"
                + " GROUP BY a.mission_id HAVING distance <= ?11) g JOIN partner_mission m ON m.id = g.mission_id")
                .contains(" WHERE m.type = 'benevolat' AND (m.end_at IS NULL OR m.end_at >= ?3)")
                .contains(", g.distance, (SELECT p.name FROM publisher p WHERE p.id = m.publisher_id) FROM")
                .doesNotContain("JOIN publisher ").endsWith(" ORDER BY g.distance, g.mission_id LIMIT 40");
        assertThat(sql.page()).startsWith("SELECT STRAIGHT_JOIN m.id, m.title, o.name");
        assertThat(sql.count()).startsWith("SELECT STRAIGHT_JOIN COUNT(*) FROM (SELECT a.mission_id")
                .doesNotContain("ORDER BY").doesNotContain("JOIN publisher_organization");
        assertThat(sql.args()).startsWith("a1", "a2").contains("sante", 20.0);
    }

    @Test
    void withoutAPointLiveMissionsOfTheAnnouncersComeSoonestFirstWithEveryFilter() {
        var scope = scope(List.of("a1"), List.of("org-7", "org-8"), "education", "soutien-scolaire");
        var sql = PartnerSearchSql.build(new SearchCriteria(null, 0, 9, 17, MissionType.REMOTE, true, TODAY,
                TODAY.plusDays(30)), scope, TODAY, 10);
        assertThat(sql.page()).contains(" FROM partner_mission m LEFT JOIN publisher_organization o")
                .contains("m.live = TRUE AND m.publisher_id IN (?1) AND m.domain = ?3")
                .contains("(m.publisher_id = ?4 AND (m.organization_id IS NULL OR m.organization_id NOT IN"
                        + " (SELECT o.id FROM publisher_organization o WHERE o.publisher_id = ?5 AND o.client_id COLLATE utf8mb4_unicode_ci = ?6))"
                        + " AND (m.organization_id IS NULL OR m.organization_id NOT IN")
                .contains("m.remote = 'full'")
                .contains("x.slug = ?9").contains("m.open_to_minors = TRUE")
                .contains("m.end_at >= ?10").contains("m.start_at < ?11")
                .endsWith(" ORDER BY m.start_at, m.id LIMIT 10");
        // the last day searched is included: up to the start of the next day in France
        assertThat(sql.args().get(10)).isEqualTo(PartnerSearchSql.startOf(TODAY.plusDays(31)));
    }

    @Test
    void onSiteExcludesOnlyFullyRemoteMissions() {
        var scope = scope(List.of("a1"), List.of(), null, null);
        var sql = PartnerSearchSql.build(new SearchCriteria(null, 0, null, null, MissionType.ON_SITE, false, null,
                null), scope, TODAY, 10);
        assertThat(sql.page()).contains("(m.remote IS NULL OR m.remote <> 'full')")
                .doesNotContain("m.domain =").doesNotContain("NOT IN");
    }

    @Test
    void aTypeCriterionOfThePlatformsRulesNarrowsThePartnerMissions() {
        DiffusionRule root = DiffusionRule.root(PLATFORM, "a1", Instant.EPOCH);
        var diffusion = DiffusionScope.of(PLATFORM, List.of(root, DiffusionRule.child(root, "type", "string", "is",
                "volontariat", Instant.EPOCH)), Set.of("a1"));
        var sql = PartnerSearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 20, null, null, null, false,
                null, null), new PartnerSearchSql.Scope(diffusion, List.of("a1"), null, null), TODAY, 10);
        assertThat(sql.page()).contains("(m.publisher_id = ?").contains("AND (m.type = ?");
        assertThat(sql.count()).contains("AND (m.type = ?");
    }
}
