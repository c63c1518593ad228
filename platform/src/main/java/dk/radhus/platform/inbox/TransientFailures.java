package dk.radhus.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells failures worth retrying (the database is away or busy) from failures that will recur on every attempt. */
final class TransientFailures {

    private TransientFailures() {
    }

    /**
     * Looks through the causes and the suppressed exceptions: a commit that fails because the database went away
     * surfaces as a {@code RollbackException} whose reason (the driver's exception) is only a suppressed exception.
     */
    static boolean isTransient(Throwable failure) {
        return isTransient(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isTransient(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && isTransientState(sql.getSQLState())) {
            return true;
        }
        if (t instanceof jakarta.persistence.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException) {
            return true;
        }
        if (isTransient(t.getCause(), seen)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isTransient(suppressed, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection exceptions (08), insufficient resources (53), operator intervention such as a server shutdown (57),
     * serialization failures and deadlocks (40); a missing state means the pool could not hand out a connection.
     */
    private static boolean isTransientState(String state) {
        return state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                || state.startsWith("40");
    }
}
