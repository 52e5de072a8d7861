package fr.engagement.it.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Bounded polling, for what another thread of the server may be doing at the same moment (the outbox timer takes
 * rows with SKIP LOCKED, so a flush of the test may find them busy): no fixed sleeps.
 */
public final class Eventually {

    private Eventually() {}

    /** Asks until the probe gives a value, at most for the timeout; then fails with the description. */
    public static <T> T get(Duration timeout, String description, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout.toSeconds() + " s: " + description);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting: " + description, e);
            }
        }
    }
}
