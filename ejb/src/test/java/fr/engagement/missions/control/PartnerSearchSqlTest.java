package fr.engagement.missions.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.GeoPoint;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerSearchSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aroundAPointTheAddressCopiesAnswerWithDomainPublishersAndDistance() {
        var scope = new PartnerSearchSql.Scope(List.of("a1", "a2"), List.of(), "sante", null);
        var sql = PartnerSearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 20, 1, null, null, false,
                null, null), scope, TODAY, 40);
        assertThat(sql.page()).contains(" FROM partner_mission_address a WHERE a.live = TRUE AND a.domain = ?6"
                + " AND a.latitude BETWEEN ?7 AND ?8 AND a.longitude BETWEEN ?9 AND ?10 AND a.publisher_id IN (?1, ?2)"
                + " GROUP BY a.mission_id HAVING distance <= ?11) g JOIN partner_mission pm ON pm.id = g.mission_id")
                .contains(" WHERE pm.type = 'benevolat' AND (pm.end_at IS NULL OR pm.end_at >= ?3)")
                .contains(", g.distance, (SELECT p.name FROM publisher p WHERE p.id = pm.publisher_id) FROM")
                .doesNotContain("JOIN publisher ").endsWith(" ORDER BY g.distance, g.mission_id LIMIT 40");
        assertThat(sql.page()).startsWith("SELECT STRAIGHT_JOIN pm.id, pm.title, o.name");
        assertThat(sql.count()).startsWith("SELECT STRAIGHT_JOIN COUNT(*) FROM (SELECT a.mission_id")
                .doesNotContain("ORDER BY").doesNotContain("JOIN publisher_organization");
        assertThat(sql.args()).startsWith("a1", "a2").contains("sante", 20.0);
    }

    @Test
    void withoutAPointLiveMissionsOfTheAnnouncersComeSoonestFirstWithEveryFilter() {
        var scope = new PartnerSearchSql.Scope(List.of("a1"), List.of(7L, 8L), "education", "soutien-scolaire");
        var sql = PartnerSearchSql.build(new SearchCriteria(null, 0, 9, 17, MissionType.REMOTE, true, TODAY,
                TODAY.plusDays(30)), scope, TODAY, 10);
        assertThat(sql.page()).contains(" FROM partner_mission pm LEFT JOIN publisher_organization o")
                .contains("pm.live = TRUE AND pm.publisher_id IN (?1) AND pm.domain = ?3")
                .contains("pm.organization_id NOT IN (?4, ?5)").contains("pm.remote = 'full'")
                .contains("x.slug = ?6").contains("pm.open_to_minors = TRUE")
                .contains("pm.end_at >= ?7").contains("pm.start_at < ?8")
                .endsWith(" ORDER BY pm.start_at, pm.id LIMIT 10");
        // the last day searched is included: up to the start of the next day in France
        assertThat(sql.args().get(7)).isEqualTo(PartnerSearchSql.startOf(TODAY.plusDays(31)));
    }

    @Test
    void onSiteExcludesOnlyFullyRemoteMissions() {
        var scope = new PartnerSearchSql.Scope(List.of("a1"), List.of(), null, null);
        var sql = PartnerSearchSql.build(new SearchCriteria(null, 0, null, null, MissionType.ON_SITE, false, null,
                null), scope, TODAY, 10);
        assertThat(sql.page()).contains("(pm.remote IS NULL OR pm.remote <> 'full')")
                .doesNotContain("pm.domain =").doesNotContain("NOT IN");
    }
}
