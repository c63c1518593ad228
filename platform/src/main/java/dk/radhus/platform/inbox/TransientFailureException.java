package dk.radhus.platform.inbox;

/** Processing failed for a reason that can pass (the database is unreachable, a lock timed out); it is retried. */
public class TransientFailureException extends RuntimeException {

    public TransientFailureException(Throwable cause) {
        super(cause.getMessage(), cause);
    }
}
