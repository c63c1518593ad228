package dk.radhus.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Whether the service has begun to shut down. From then on the persistence unit and the datasource close while the
 * Kafka consumers may still hand over messages, so a handler's failure is the shutdown's, not the message's.
 */
@ApplicationScoped
public class ServiceStopping {

    private volatile boolean stopping;

    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public boolean isStopping() {
        return stopping;
    }
}
