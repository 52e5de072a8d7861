package fr.engagement.demo.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * Invented but consistent moments: every step of a story comes after the previous one and never after now, so
 * histories read in order and nothing happens in the future.
 */
final class Timeline {

    /** Nothing is dated closer to now than this: the last change of a story is always a little while ago. */
    static final Duration MARGIN = Duration.ofMinutes(20);

    private final Instant now;
    private final ZoneId zone;
    private final Random random;

    Timeline(Instant now, ZoneId zone, Random random) {
        this.now = now;
        this.zone = zone;
        this.random = random;
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    Random random() {
        return random;
    }

    /** Some time between {@code min} and {@code max} days ago, during office hours more often than not. */
    Instant daysAgo(int min, int max) {
        Instant day = now.minus(Duration.ofDays(between(min, max)));
        return cap(day.minus(Duration.ofMinutes(random.nextInt(12 * 60))), now);
    }

    /** A moment between {@code minDays} and {@code maxDays} after {@code from}, but not after {@code limit}. */
    Instant after(Instant from, double minDays, double maxDays, Instant limit) {
        long minutes = (long) ((minDays + random.nextDouble() * (maxDays - minDays)) * 24 * 60);
        return cap(daytime(from.plus(Duration.ofMinutes(Math.max(1, minutes)))), limit, from);
    }

    Instant after(Instant from, double minDays, double maxDays) {
        return after(from, minDays, maxDays, now);
    }

    /** The start of a day, as an instant (mid-morning, when people act). */
    Instant on(LocalDate day) {
        return cap(day.atTime(9 + random.nextInt(9), random.nextInt(60)).atZone(zone).toInstant(), now);
    }

    /** People act between 8 h and 21 h: a night-time moment moves to the next morning. */
    private Instant daytime(Instant t) {
        var local = t.atZone(zone);
        if (local.getHour() >= 8 && local.getHour() < 21) {
            return t;
        }
        var morning = (local.getHour() < 8 ? local : local.plusDays(1)).withHour(8 + random.nextInt(2))
                .withMinute(random.nextInt(60));
        return morning.toInstant();
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private Instant cap(Instant t, Instant limit) {
        Instant last = limit.minus(MARGIN);
        return t.isAfter(last) ? last : t;
    }

    /** Over the limit, lands halfway between the previous moment and the limit: order is kept, time stays past. */
    private Instant cap(Instant t, Instant limit, Instant from) {
        Instant last = limit.minus(MARGIN);
        if (!t.isAfter(last)) {
            return t;
        }
        if (!from.isBefore(last)) {
            return from.plusSeconds(1);
        }
        return from.plus(Duration.between(from, last).dividedBy(2));
    }
}
