package dk.radhus.strategy.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.ItemVisibilityChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import dk.radhus.strategy.service.ApprovalService;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Records decisions on action plans, growth accounts and quality-contract follow-ups, and what the public may see of
 * their items, from {@link Topics#MEETING_DECISIONS}. Both event types are keyed by item id on the one topic, so an
 * item's decisions and visibility changes arrive here in the order meetings-service published them.
 */
@ApplicationScoped
public class DecisionConsumer {

    static final String CONSUMER = "strategy-decisions";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public DecisionConsumer(EventInbox inbox, ApprovalService approvals) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(DecisionRecorded.class, approvals::applyDecision)
                .and(ItemVisibilityChanged.class, approvals::applyVisibility);
    }

    @Incoming("decisions")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.MEETING_DECISIONS, message, handlers);
    }
}
