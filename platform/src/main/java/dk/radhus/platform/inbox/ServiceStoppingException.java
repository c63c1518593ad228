package dk.radhus.platform.inbox;

/**
 * A message could not be processed because the service is shutting down. It is neither applied nor dead-lettered:
 * {@link DeadLetterUnlessStopping} leaves it unacknowledged, so its offset is not committed and the instance that
 * takes over the partition processes it.
 */
public class ServiceStoppingException extends RuntimeException {

    public ServiceStoppingException(Throwable cause) {
        super("The service is stopping: " + cause.getMessage(), cause);
    }
}
