package dk.radhus.platform.audit;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who a change is recorded under when no user caused it: the event inbox runs each handler as
 * {@code event <type> <id>}, so whatever the handler changes is audited as caused by that event. Held per thread: a
 * handler runs synchronously on the thread that consumes the event.
 */
public final class AuditActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private AuditActor() {
    }

    /** The actor for a change that event {@code id} of type {@code type} causes. */
    public static String event(String type, UUID id) {
        return "event " + type + " " + id;
    }

    /** Runs {@code work} with every audit entry it records attributed to {@code actor}. */
    public static <T> T callAs(String actor, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(String actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }

    static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
