package fr.engagement.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatchUpDeferralTest {

    private final CatchUpDeferral deferral = new CatchUpDeferral(100, 60_000);

    @Test
    void aSmallBacklogIsAppliedAtOnce() {
        assertThat(deferral.defer(150, 100, 0)).isFalse();
        assertThat(deferral.defer(190, 100, 1_000)).isFalse();
    }

    @Test
    void aGrowingLargeBacklogWaitsAtMostAMinuteThenIsApplied() {
        assertThat(deferral.defer(1_000, 0, 0)).isTrue();
        assertThat(deferral.defer(5_000, 0, 30_000)).isTrue();
        assertThat(deferral.defer(9_000, 0, 60_000)).as("a minute passed").isFalse();
    }

    @Test
    void aLargeBacklogThatStoppedGrowingIsAppliedAndTheWaitStartsAgainAfter() {
        assertThat(deferral.defer(1_000, 0, 0)).isTrue();
        assertThat(deferral.defer(1_000, 0, 1_000)).as("the write is over").isFalse();
        assertThat(deferral.defer(3_000, 1_000, 50_000)).as("a new write, a new minute").isTrue();
        assertThat(deferral.defer(6_000, 1_000, 100_000)).isTrue();
    }
}
