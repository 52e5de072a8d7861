package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.control.ChangeFeed.Change;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

    @Test
    void numbersSkippedBecomeHolesAndAreFilledWhenTheirTransactionCommits() {
        ChangeFeed.Step first = ChangeFeed.at(10).step(List.of(new Change(11, "a"), new Change(14, "b")), 0);
        assertThat(first.missionIds()).containsExactly("a", "b");
        assertThat(first.next().applied()).isEqualTo(14);
        assertThat(first.next().holes()).containsOnlyKeys(12L, 13L);

        // 13 commits late, 15 comes next: 12 is still awaited
        ChangeFeed.Step second = first.next().step(List.of(new Change(13, "c"), new Change(15, "a")), 1_000);
        assertThat(second.missionIds()).containsExactly("c", "a");
        assertThat(second.next().applied()).isEqualTo(15);
        assertThat(second.next().holes()).containsOnlyKeys(12L);
    }

    @Test
    void aHoleIsForgottenAfterItsTimeToLive() {
        ChangeFeed feed = ChangeFeed.at(0).step(List.of(new Change(2, "a")), 0).next();
        assertThat(feed.holes()).containsOnlyKeys(1L);
        ChangeFeed later = feed.step(List.of(), ChangeFeed.HOLE_TTL_MILLIS + 1).next();
        assertThat(later.holes()).isEmpty();
        assertThat(later.applied()).isEqualTo(2);
    }

    @Test
    void aSnapshotAwaitsTheNumbersItDidNotSeeInItsWindow() {
        ChangeFeed feed = ChangeFeed.ofSnapshot(100, List.of(96L, 98L, 100L), 5, 0);
        assertThat(feed.applied()).isEqualTo(100);
        assertThat(feed.holes()).containsOnlyKeys(97L, 99L);
        assertThat(ChangeFeed.ofSnapshot(0, List.of(), 10, 0).holes()).isEmpty();
    }

    @Test
    void holesAreBoundedSoTheCatchUpStatementStaysSmall() {
        ChangeFeed feed = ChangeFeed.at(0).step(List.of(new Change(1_000_000, "a")), 0).next();
        assertThat(feed.holes()).hasSize(ChangeFeed.MAX_HOLES);
        assertThat(feed.holes().lastKey()).isEqualTo(999_999L);
    }
}
