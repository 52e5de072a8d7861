package fr.engagement.missions.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissionSearchMergeTest {

    @Test
    void byDistanceTheNearestComeFirstAndOursWinATie() {
        List<MissionHit> merged = MissionSearch.merge(List.of(ours(1, 2.0), ours(2, 5.0), ours(3, 9.0)),
                List.of(theirs("a", 0.5), theirs("b", 5.0), theirs("c", 12.0)), true);
        assertThat(merged).extracting(MissionSearchMergeTest::key)
                .containsExactly("a", "1", "2", "b", "3", "c");
    }

    @Test
    void withoutAPointTheSoonestComeFirstAndEachSideKeepsItsOrder() {
        LocalDate d = LocalDate.of(2026, 12, 1);
        List<MissionHit> merged = MissionSearch.merge(List.of(ours(1, d), ours(2, d.plusDays(3))),
                List.of(theirs("x", (LocalDate) null), theirs("a", d.plusDays(1)), theirs("b", d.plusDays(1))),
                false);
        assertThat(merged).extracting(MissionSearchMergeTest::key).containsExactly("x", "1", "a", "b", "2");
    }

    @Test
    void oneEmptySideGivesTheOther() {
        assertThat(MissionSearch.merge(List.of(), List.of(theirs("a", 1.0)), true)).hasSize(1);
        assertThat(MissionSearch.merge(List.of(ours(1, 1.0)), List.of(), true)).hasSize(1);
    }

    @Test
    void aPartnerHitLinksToTheTrackedRedirectOfThePlatform() {
        MissionHit h = theirs("0b7e", 1.0);
        assertThat(h.trackedPath()).isEqualTo("/r/0b7e/6a0e5e0c1c0e0c1e2026ec01");
        assertThat(ours(1, 1.0).trackedPath()).isNull();
        assertThat(ours(1, 1.0).placeLabel()).isEqualTo("Lyon (69)");
    }

    private static String key(MissionHit h) {
        return h.isPartner() ? h.partnerMissionId() : Long.toString(h.id());
    }

    private static MissionHit ours(long id, Double km) {
        return new MissionHit(id, "t", "s", "Lyon", "69", "d", "Sur place", 1, false, null, null, km, null, null);
    }

    private static MissionHit ours(long id, LocalDate start) {
        return new MissionHit(id, "t", "s", "Lyon", "69", "d", "Sur place", 1, false, start, null, null, null, null);
    }

    private static MissionHit theirs(String id, Double km) {
        return new MissionHit(0, "t", "o", "Lyon", "69", "d", "Sur place", 1, false, null, null, km, id, "P");
    }

    private static MissionHit theirs(String id, LocalDate start) {
        return new MissionHit(0, "t", "o", "Lyon", "69", "d", "Sur place", 1, false, start, null, null, id, "P");
    }
}
