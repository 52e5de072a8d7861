package fr.engagement.tracking.control;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Event ids are the primary key of a
 * table of tens of millions of rows: time-ordered ids append at the end of the index instead of splitting pages
 * at random. Within one millisecond of one JVM the 12-bit {@code rand_a} field counts up (RFC 9562 §6.2, method 1),
 * so ids made here are strictly increasing; across instances they are ordered to the millisecond.
 */
public final class UuidV7 {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static long lastMillis = -1;
    private static int sequence;

    private UuidV7() {}

    public static String next() {
        return next(System.currentTimeMillis()).toString();
    }

    /** An id for the given instant; never lower than the previous one, even if the clock steps back. */
    static synchronized UUID next(long millis) {
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = RANDOM.nextInt(1 << 11); // room left to count up within the millisecond
        } else if (++sequence >= 1 << 12) {
            lastMillis++; // 4096 ids in one millisecond: borrow the next one
            sequence = 0;
        }
        long high = (lastMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long low = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The millisecond an id was made at. */
    public static long millisOf(UUID id) {
        return id.getMostSignificantBits() >>> 16;
    }
}
