package fr.engagement.tracking.control;

import fr.engagement.partners.entity.StatEvent;
import fr.engagement.platform.control.ClockProducer;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes events and, in the same transaction, adds them to their rows of {@code stat_event_daily}: counts per partner,
 * day and mission then read a few rows a day instead of scanning the events. The day is the French calendar day of
 * the event, the day the partners count in. The inserts go as one JDBC batch (the unit's batch writing); the counts of
 * all the events as one statement, its rows in one order, so that two writers never lock them crosswise.
 */
@Dependent
public class EventWriter {

    private static final String COUNT = "INSERT INTO stat_event_daily"
            + " (day, mission_id, from_publisher_id, to_publisher_id, type, source, count) VALUES ";
    private static final String COUNT_ROW = "(?, ?, ?, ?, ?, ?, ?)";
    private static final String ADD = " ON DUPLICATE KEY UPDATE count = count + VALUES(count)";

    /** A row of {@code stat_event_daily}; absent ids are stored as '' (the columns are part of its key). */
    record Day(LocalDate day, String missionId, String from, String to, String type, String source) {

        static final Comparator<Day> ORDER = Comparator.comparing(Day::day).thenComparing(Day::missionId)
                .thenComparing(Day::from).thenComparing(Day::to).thenComparing(Day::type)
                .thenComparing(Day::source);

        static Day of(StatEvent e) {
            return new Day(LocalDate.ofInstant(e.getCreatedAt(), ClockProducer.PARIS), orEmpty(e.getMissionId()),
                    orEmpty(e.getFromPublisherId()), orEmpty(e.getToPublisherId()), e.getType(), e.getSource());
        }
    }

    @PersistenceContext(unitName = "engagement")
    EntityManager em;

    public StatEvent record(StatEvent event) {
        recordAll(List.of(event));
        return event;
    }

    public void recordAll(List<StatEvent> events) {
        events.forEach(em::persist);
        add(counts(events));
    }

    /**
     * Takes events out of their daily counts ({@code sign} -1: they were found to be a robot's) or puts them back
     * (+1), whatever their flag says now.
     */
    public void recount(List<StatEvent> events, int sign) {
        Map<Day, Integer> counts = new TreeMap<>(Day.ORDER);
        events.forEach(e -> counts.merge(Day.of(e), sign, Integer::sum));
        add(counts);
    }

    private void add(Map<Day, Integer> counts) {
        if (counts.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(COUNT);
        for (int i = 0; i < counts.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(COUNT_ROW);
        }
        Query upsert = em.createNativeQuery(sql.append(ADD).toString());
        int p = 1;
        for (Map.Entry<Day, Integer> row : counts.entrySet()) {
            Day d = row.getKey();
            upsert.setParameter(p++, d.day()).setParameter(p++, d.missionId()).setParameter(p++, d.from())
                    .setParameter(p++, d.to()).setParameter(p++, d.type()).setParameter(p++, d.source())
                    .setParameter(p++, row.getValue());
        }
        upsert.executeUpdate();
    }

    /** Robots are stored but not counted. */
    static Map<Day, Integer> counts(List<StatEvent> events) {
        Map<Day, Integer> counts = new TreeMap<>(Day.ORDER);
        events.stream().filter(e -> !e.isBot()).forEach(e -> counts.merge(Day.of(e), 1, Integer::sum));
        return counts;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
