package fr.engagement.it.support;

import java.util.function.Supplier;

/**
 * Who the current thread acts as, for {@link TestActors}. In-container tests have no HTTP login: they name the account
 * whose email the boundaries should see as the caller. Per thread, so that concurrent callers each keep their own.
 */
public final class As {

    private static final ThreadLocal<String> CALLER = new ThreadLocal<>();

    private As() {}

    /** The email of the account this thread acts as, or null (then the container's real caller counts). */
    static String current() {
        return CALLER.get();
    }

    /** Acts as the account until the returned scope is closed: {@code try (var as = As.user(email)) { ... }}. */
    public static Scope user(String email) {
        String previous = CALLER.get();
        CALLER.set(email);
        return () -> {
            if (previous == null) {
                CALLER.remove();
            } else {
                CALLER.set(previous);
            }
        };
    }

    /** Runs one call as the account and returns its result. */
    public static <T> T user(String email, Supplier<T> call) {
        try (Scope scope = user(email)) {
            return call.get();
        }
    }

    /** Runs one call as the account. */
    public static void run(String email, Runnable call) {
        try (Scope scope = user(email)) {
            call.run();
        }
    }

    /** Ends an identity without a checked exception. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
