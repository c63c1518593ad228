package dk.radhus.meetings.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.meetings.service.FollowUpDrafting;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes FollowUpSubmitted from {@link Topics#BUDGET_FOLLOW_UPS} (DeviationDetected on the same topic is ignored);
 * poison messages go to its dead-letter topic.
 */
@ApplicationScoped
public class FollowUpConsumer {

    static final String CONSUMER = "meetings-follow-ups";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public FollowUpConsumer(EventInbox inbox, FollowUpDrafting drafting) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(FollowUpSubmitted.class, drafting::apply);
    }

    @Incoming("budget-follow-ups")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.BUDGET_FOLLOW_UPS, message, handlers);
    }
}
