package fr.engagement.partners.faces;

import fr.engagement.partners.boundary.PartnerSpace.Activity;
import fr.engagement.partners.boundary.PartnerSpace.Day;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The geometry of a partner's activity chart: one pair of bars per day of the period, redirections and
 * applications, the days without events included, scaled to the busiest day. Drawn as SVG by
 * {@code partnerActivity.xhtml}, above the table that holds the same numbers (the chart's text alternative).
 */
public record ActivityChart(List<Bar> bars, List<Tick> ticks, long max, double width, double height) {

    static final double HEIGHT = 160;
    static final double BAR = 5;
    static final double STEP = 14;
    static final double LEFT = 36;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd/MM", Locale.FRANCE);

    /** A day: its two bars (x, y and height of each), and its label under the axis every seventh day. */
    public record Bar(LocalDate day, double x, double clicksY, double clicksHeight, double appliesY,
            double appliesHeight, String label, String title) {}

    /** A horizontal grid line with its value. */
    public record Tick(double y, long value) {}

    public static ActivityChart of(Activity activity, LocalDate since, int days) {
        Map<LocalDate, Day> byDay = new HashMap<>();
        activity.days().forEach(d -> byDay.put(d.day(), d));
        long max = 0;
        for (Day d : activity.days()) {
            max = Math.max(max, Math.max(d.clicks(), d.applies()));
        }
        long top = niceTop(max);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = since.plusDays(i);
            Day d = byDay.getOrDefault(day, new Day(day, 0, 0, 0, 0));
            double clicks = scale(d.clicks(), top);
            double applies = scale(d.applies(), top);
            double x = LEFT + i * STEP;
            bars.add(new Bar(day, x, HEIGHT - clicks, clicks, HEIGHT - applies, applies,
                    i % 7 == 0 ? LABEL.format(day) : null, LABEL.format(day) + " : " + d.clicks()
                            + " redirection(s), " + d.applies() + " candidature(s)"));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            ticks.add(new Tick(HEIGHT - HEIGHT * i / 4, top * i / 4));
        }
        return new ActivityChart(bars, ticks, max, LEFT + days * STEP, HEIGHT);
    }

    public double left() { return LEFT; }
    public double barWidth() { return BAR; }
    public double axisY() { return HEIGHT; }

    /** The axis' top: four grid steps of 1, 2 or 5 times a power of ten, the smallest that holds the busiest day. */
    static long niceTop(long max) {
        for (long magnitude = 1; ; magnitude *= 10) {
            for (long k : new long[] {1, 2, 5}) {
                if (4 * k * magnitude >= max) {
                    return 4 * k * magnitude;
                }
            }
        }
    }

    private static double scale(long value, long top) {
        return value == 0 ? 0 : Math.max(1, HEIGHT * value / top);
    }
}
