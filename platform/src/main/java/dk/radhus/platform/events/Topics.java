package dk.radhus.platform.events;

import java.util.List;

/** Every Kafka topic of the suite, in one place. A topic's dead-letter topic is its name plus {@link #DLQ_SUFFIX}. */
public final class Topics {

    /** Committees (udvalg) as meetings-service owns them; compacted, keyed by committee code. */
    public static final String COMMITTEES = "radhus.committees";

    /**
     * Decisions recorded in minutes and what the public may see of their items (DecisionRecorded,
     * ItemVisibilityChanged), keyed by agenda item id. Internal: events about closed items carry their content with
     * {@code visibility.closed = true}; never expose this topic to anonymous consumers.
     */
    public static final String MEETING_DECISIONS = "radhus.meetings.decisions";

    /**
     * The public projection of meetings (AgendaPublished, MinutesApproved), keyed by meeting id. Safe for anonymous
     * consumers: closed items appear only with their number and the title "Lukket punkt".
     */
    public static final String MEETINGS_PUBLIC = "radhus.meetings.public";

    /**
     * Budget events: follow-ups (FollowUpSubmitted, DeviationDetected) keyed by follow-up id, and changes of a
     * committee's budget (BudgetChanged) keyed by committee and year.
     */
    public static final String BUDGET_FOLLOW_UPS = "radhus.budget.followups";

    /** Strategy changes (InitiativeStatusChanged, GrowthAccountPublished), keyed by the changed object's id. */
    public static final String STRATEGY = "radhus.strategy";

    public static final String DLQ_SUFFIX = ".dlq";

    /** Topics that keep only the newest record per key. */
    public static final List<String> COMPACTED = List.of(COMMITTEES);

    public static final List<String> ALL = List.of(COMMITTEES, MEETING_DECISIONS, MEETINGS_PUBLIC, BUDGET_FOLLOW_UPS,
            STRATEGY);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
