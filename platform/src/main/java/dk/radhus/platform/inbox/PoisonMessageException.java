package dk.radhus.platform.inbox;

/**
 * A consumed message that can never be processed: unparseable, of an unknown type or version, invalid, or referring
 * to something this service does not know. It goes to the topic's dead-letter topic with this message as the reason.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
