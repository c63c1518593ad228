package dk.radhus.meetings.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.meetings.service.ActionPlanDrafting;
import dk.radhus.platform.events.InitiativeStatusChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes InitiativeStatusChanged from {@link Topics#STRATEGY} (GrowthAccountPublished on the same topic is
 * ignored); poison messages go to its dead-letter topic.
 */
@ApplicationScoped
public class StrategyConsumer {

    static final String CONSUMER = "meetings-strategy";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public StrategyConsumer(EventInbox inbox, ActionPlanDrafting drafting) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(InitiativeStatusChanged.class, drafting::apply);
    }

    @Incoming("strategy")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.STRATEGY, message, handlers);
    }
}
