package dk.radhus.committees;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.platform.events.CommitteeUpserted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Feeds the committee read model from {@link Topics#COMMITTEES}; the channel is configured in this module. */
@ApplicationScoped
public class CommitteeEventsConsumer {

    static final String CONSUMER = "committee-directory";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public CommitteeEventsConsumer(EventInbox inbox, CommitteeDirectory directory) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(CommitteeUpserted.class, directory::apply);
    }

    @Incoming("committees")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.COMMITTEES, message, handlers);
    }
}
