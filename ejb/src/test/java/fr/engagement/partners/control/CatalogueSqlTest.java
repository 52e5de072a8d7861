package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.DiffusionRule;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueSqlTest {

    static final String B = "b00000000000000000000000";
    static final String A = "a10000000000000000000000";
    static final DiffusionScope PLAIN = DiffusionScope.of(B, List.of(DiffusionRule.root(B, A, Instant.EPOCH)),
            Set.of(A));

    private static CatalogueQuery query(String... pairs) {
        Map<String, List<String>> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return CatalogueQueryParser.parse(map);
    }

    @Test
    void aroundAPointWithDomainsTheCountReadsTheAddressIndexAlone() {
        var sql = CatalogueSql.build(query("lat", "45.75", "lon", "4.85", "distance", "20km", "domain", "sante"),
                PLAIN);
        assertThat(sql.count()).startsWith("SELECT COUNT(DISTINCT a.mission_id) FROM partner_mission_address a"
                + " WHERE a.live = TRUE AND a.domain IN (?3) AND a.latitude BETWEEN ?4 AND ?5"
                + " AND a.longitude BETWEEN ?6 AND ?7 AND a.publisher_id IN (?8, ?9) AND 6371.0088")
                .doesNotContain("JOIN partner_mission m").endsWith(" <= ?10");
        assertThat(sql.page()).contains("MIN(6371.0088").contains("GROUP BY a.mission_id")
                .contains("COUNT(*) OVER () AS total").endsWith(" ORDER BY latest_start DESC, a.mission_id DESC LIMIT 25 OFFSET 0");
        assertThat(sql.pageCounts()).isTrue();
        assertThat(sql.args()).startsWith(45.75, 4.85, "sante").endsWith(B, A, 20.0);
    }

    @Test
    void sortByDistanceOrdersByTheNearestAddress() {
        var sql = CatalogueSql.build(query("lat", "45.75", "lon", "4.85", "sort", "distance", "limit", "5",
                "skip", "10"), PLAIN);
        assertThat(sql.page()).endsWith(" ORDER BY distance, a.mission_id LIMIT 5 OFFSET 10");
    }

    @Test
    void filtersTheIndexDoesNotHoldJoinTheMission() {
        var sql = CatalogueSql.build(query("lat", "45.75", "lon", "4.85", "city", "Lyon", "openToMinors", "yes"),
                PLAIN);
        assertThat(sql.count()).contains(" JOIN partner_mission m ON m.id = a.mission_id")
                .contains("EXISTS (SELECT 1 FROM partner_mission_address x WHERE x.mission_id = m.id AND x.city IN")
                .contains("m.open_to_minors = ");
    }

    @Test
    void withoutAPointTheMissionsAreReadNewestStartFirst() {
        var sql = CatalogueSql.build(query("domain", "sante,sport", "type", "benevolat", "keywords", "jardin",
                "organizationRNA", "W123", "startAt", ">2024-01-01", "activity", "Jardinage"), PLAIN);
        assertThat(sql.page()).startsWith("SELECT m.id, NULL FROM partner_mission m WHERE m.live = TRUE AND"
                + " m.publisher_id IN (?1, ?2) AND m.domain IN (?3, ?4)")
                .contains("m.title LIKE ?5 OR m.description LIKE ?5")
                .contains("ax.label IN (?6)")
                .contains("m.type IN (?7)")
                .contains("fo.rna IN (?8)")
                .contains("m.start_at > ?9")
                .endsWith(" ORDER BY m.start_at DESC, m.id DESC LIMIT 25 OFFSET 0");
        assertThat(sql.count()).startsWith("SELECT COUNT(*) FROM partner_mission m WHERE");
        assertThat(sql.args().get(4)).isEqualTo("%jardin%");
    }

    @Test
    void facetsCountEveryMatchingMissionNotThePage() {
        var sql = CatalogueSql.build(query("domain", "sante", "limit", "1"), PLAIN);
        assertThat(sql.domainFacet()).startsWith("SELECT m.domain, COUNT(*) FROM partner_mission m WHERE")
                .endsWith("GROUP BY m.domain").doesNotContain("LIMIT");
        assertThat(sql.activityFacet()).startsWith("SELECT x.label, COUNT(*) FROM partner_mission m JOIN"
                + " partner_mission_activity x ON x.mission_id = m.id WHERE m.live = TRUE").doesNotContain("LIMIT");
        assertThat(sql.departmentFacet()).contains("f.position = 0").doesNotContain("LIMIT");
        var geo = CatalogueSql.build(query("lat", "45", "lon", "4", "limit", "1"), PLAIN);
        assertThat(geo.domainFacet()).startsWith("SELECT a.domain, COUNT(DISTINCT a.mission_id) FROM"
                + " partner_mission_address a WHERE a.live = TRUE").doesNotContain("JOIN").doesNotContain("LIMIT");
        assertThat(geo.activityFacet()).contains(" JOIN partner_mission_activity x ON x.mission_id = a.mission_id WHERE")
                .endsWith(" GROUP BY x.label");
        assertThat(geo.departmentFacet()).contains("COUNT(DISTINCT a.mission_id)").doesNotContain("LIMIT");
    }

    @Test
    void theJdbcFormBindsEachPlaceholderInOrder() {
        var sql = CatalogueSql.build(query("lat", "45.75", "lon", "4.85", "domain", "sante"), PLAIN);
        String jdbc = CatalogueSql.Statements.jdbc(sql.page());
        assertThat(jdbc).doesNotContainPattern("\\?\\d");
        var args = sql.jdbcArgs(sql.page());
        assertThat(args).hasSize((int) jdbc.chars().filter(c -> c == '?').count());
        // the point is bound at every use: twice in MIN(distance), twice in the WHERE
        assertThat(args.stream().filter(v -> Double.valueOf(45.75).equals(v)).count()).isEqualTo(4);
    }
}
