package fr.engagement.missions.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.missions.boundary.SearchCriteria;
import fr.engagement.missions.entity.MissionType;
import fr.engagement.territory.entity.GeoPoint;
import java.sql.Date;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SearchSqlTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aroundAPointTheAddressBoxComesFirstAndResultsSortByDistance() {
        var sql = SearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 20, 7, null, null, false, null, null),
                TODAY, 1, 20);
        assertThat(sql.page()).startsWith("SELECT STRAIGHT_JOIN m.id, m.title, s.name, ")
                .contains(" FROM (SELECT a.mission_id, MIN(6371.0088 * 2 * ASIN(SQRT(POW(SIN(RADIANS(a.latitude - ?2)"
                        + " / 2), 2) + COS(RADIANS(?2)) * COS(RADIANS(a.latitude)) * POW(SIN(RADIANS(a.longitude - ?3)"
                        + " / 2), 2)))) AS distance FROM mission_address a WHERE a.searchable = TRUE AND a.latitude"
                        + " BETWEEN ?4 AND ?5 AND a.longitude BETWEEN ?6 AND ?7 GROUP BY a.mission_id HAVING"
                        + " distance <= ?8) g JOIN mission m ON m.id = g.mission_id")
                .contains(" WHERE m.searchable = TRUE AND (m.end_date IS NULL OR m.end_date >= ?1)"
                        + " AND (m.domain_id = ?9 OR m.secondary_domain_id = ?9)")
                .endsWith(" ORDER BY g.distance, m.id LIMIT 20 OFFSET 20");
        assertThat(sql.count()).startsWith("SELECT COUNT(*) FROM (SELECT a.mission_id").doesNotContain("ORDER BY");
        assertThat(sql.args()).hasSize(9).startsWith(Date.valueOf(TODAY), 45.75, 4.85).endsWith(20.0, 7);
    }

    @Test
    void jdbcFormBindsARepeatedParameterAtEachPlace() {
        var sql = SearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 10, 7, null, null, false, null, null),
                TODAY, 0, 20);
        String jdbc = SearchSql.Statements.jdbc(sql.page());
        assertThat(jdbc).doesNotContainPattern("\\?\\d");
        var args = sql.jdbcArgs(sql.page());
        assertThat(args).hasSize((int) jdbc.chars().filter(ch -> ch == '?').count());
        assertThat(args.subList(0, 3)).containsExactly(45.75, 45.75, 4.85);
        assertThat(args.get(args.size() - 1)).isEqualTo(7);
    }

    @Test
    void withoutAPointOrForRemoteMissionsTheSoonestComeFirst() {
        var remote = SearchSql.build(new SearchCriteria(new GeoPoint(45.75, 4.85), 10, null, 17, MissionType.REMOTE,
                true, TODAY, TODAY.plusDays(30)), TODAY, 0, 10);
        assertThat(remote.page()).contains(" FROM mission m JOIN structure s").contains("AND m.type = ?2")
                .contains("ma.activity_id = ?3").contains("m.open_to_minors = TRUE")
                .contains("m.start_date <= ?5").endsWith(" ORDER BY m.start_date, m.id LIMIT 10 OFFSET 0");
        assertThat(remote.page()).startsWith("SELECT STRAIGHT_JOIN m.id").contains(", NULL FROM mission m");
    }
}
