package dk.radhus.strategy.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.inbox.EventHandlers;
import dk.radhus.platform.inbox.EventInbox;
import dk.radhus.strategy.service.BudgetStatusService;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Keeps the budget-status read model from {@link Topics#BUDGET_FOLLOW_UPS}: the latest follow-up, its deviations, and
 * the committee's corrected budget as budget-service changes it.
 */
@ApplicationScoped
public class BudgetFollowUpConsumer {

    static final String CONSUMER = "strategy-budget-status";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public BudgetFollowUpConsumer(EventInbox inbox, BudgetStatusService budget) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(FollowUpSubmitted.class, budget::applyFollowUp)
                .and(DeviationDetected.class, budget::applyDeviation)
                .and(BudgetChanged.class, budget::applyBudgetChange);
    }

    @Incoming("budget-follow-ups")
    @Blocking(ordered = true)
    public void consume(String message) {
        inbox.handle(CONSUMER, Topics.BUDGET_FOLLOW_UPS, message, handlers);
    }
}
