package dk.radhus.platform.inbox;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/** Tells failures worth retrying (the database is away or busy) from failures that will recur on every attempt. */
final class TransientFailures {

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
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
            if (t.getCause() == t) {
                break;
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
