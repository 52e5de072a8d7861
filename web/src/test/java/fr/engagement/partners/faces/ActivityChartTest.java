package fr.engagement.partners.faces;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.boundary.PartnerSpace.Activity;
import fr.engagement.partners.boundary.PartnerSpace.Day;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityChartTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 11, 4);

    @Test
    void everyDayOfThePeriodHasItsBarsTheBusiestReachingNearTheTop() {
        Activity activity = new Activity(List.of(new Day(SINCE.plusDays(29), 50, 30, 0, 3),
                new Day(SINCE.plusDays(2), 10, 7, 1, 1)), new Day(null, 60, 37, 1, 4));
        ActivityChart chart = ActivityChart.of(activity, SINCE, 30);
        assertThat(chart.bars()).hasSize(30);
        assertThat(chart.max()).isEqualTo(30);
        assertThat(chart.ticks()).extracting(ActivityChart.Tick::value).containsExactly(0L, 10L, 20L, 30L, 40L);
        ActivityChart.Bar last = chart.bars().get(29);
        assertThat(last.clicksHeight()).isEqualTo(ActivityChart.HEIGHT * 30 / 40);
        assertThat(last.clicksY() + last.clicksHeight()).isEqualTo(ActivityChart.HEIGHT);
        assertThat(last.title()).isEqualTo("03/12 : 30 redirection(s), 3 candidature(s)");
        assertThat(chart.bars().get(1).clicksHeight()).as("a day without events").isZero();
        assertThat(chart.bars().get(0).label()).isEqualTo("04/11");
        assertThat(chart.bars().get(1).label()).isNull();
        assertThat(chart.width()).isEqualTo(ActivityChart.LEFT + 30 * ActivityChart.STEP);
    }

    @Test
    void aSmallCountStaysVisibleAndTheAxisHasWholeSteps() {
        assertThat(ActivityChart.niceTop(0)).isEqualTo(4);
        assertThat(ActivityChart.niceTop(5)).isEqualTo(8);
        assertThat(ActivityChart.niceTop(9)).isEqualTo(20);
        assertThat(ActivityChart.niceTop(240)).isEqualTo(400);
        assertThat(ActivityChart.niceTop(2_000)).isEqualTo(2_000);
        Activity one = new Activity(List.of(new Day(SINCE, 0, 1, 0, 0)), new Day(null, 0, 1, 0, 0));
        Activity many = new Activity(List.of(new Day(SINCE, 0, 1, 0, 0), new Day(SINCE.plusDays(1), 0, 10_000, 0, 0)),
                new Day(null, 0, 10_001, 0, 0));
        assertThat(ActivityChart.of(one, SINCE, 30).bars().get(0).clicksHeight()).isEqualTo(40);
        assertThat(ActivityChart.of(many, SINCE, 30).bars().get(0).clicksHeight()).as("never thinner than 1")
                .isEqualTo(1);
    }
}
