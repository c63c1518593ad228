package dk.radhus.budget.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.budget.decision.DecisionService;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.ItemVisibilityChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes DecisionRecorded and ItemVisibilityChanged from {@link Topics#MEETING_DECISIONS}; poison messages go to its dead-letter topic. */
@ApplicationScoped
public class DecisionConsumer {

    static final String CONSUMER = "budget-service-decisions";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public DecisionConsumer(EventInbox inbox, DecisionService decisions) {
        this.inbox = inbox;
        this.handlers = EventHandlers.<DecisionRecorded>on(DecisionRecorded.class, decisions::apply)
                .<ItemVisibilityChanged>and(ItemVisibilityChanged.class, decisions::apply);
    }

    @Incoming("decisions")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.MEETING_DECISIONS, message, handlers);
    }
}
