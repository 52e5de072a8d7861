package fr.engagement.tracking.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.engagement.partners.entity.StatEvent;
import fr.engagement.tracking.control.EventWriter.Day;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventWriterTest {

    @Test
    void eventsAreCountedPerFrenchDayAndKeyInOneOrder() {
        Instant evening = Instant.parse("2026-12-03T22:30:00Z"); // 23:30 in Paris
        Instant night = Instant.parse("2026-12-03T23:30:00Z"); // 00:30 on the 4th in Paris
        List<StatEvent> events = List.of(
                new StatEvent("1", StatEvent.CLICK, "publisher", "b", "a", "m2", evening),
                new StatEvent("2", StatEvent.CLICK, "publisher", "b", "a", "m1", evening),
                new StatEvent("3", StatEvent.CLICK, "publisher", "b", "a", "m2", evening),
                new StatEvent("4", StatEvent.CLICK, "publisher", "b", "a", "m2", night),
                new StatEvent("5", StatEvent.CLICK, "campaign", "b", "a", null, evening));

        Map<Day, Integer> counts = EventWriter.counts(events);

        LocalDate third = LocalDate.of(2026, 12, 3);
        assertThat(counts).containsExactly(
                Map.entry(new Day(third, "", "b", "a", StatEvent.CLICK, "campaign"), 1),
                Map.entry(new Day(third, "m1", "b", "a", StatEvent.CLICK, "publisher"), 1),
                Map.entry(new Day(third, "m2", "b", "a", StatEvent.CLICK, "publisher"), 2),
                Map.entry(new Day(third.plusDays(1), "m2", "b", "a", StatEvent.CLICK, "publisher"), 1));
    }
}
