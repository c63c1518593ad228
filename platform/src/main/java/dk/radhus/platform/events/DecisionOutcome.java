package dk.radhus.platform.events;

/** The outcome of a decision (beslutning) on an agenda item. */
public enum DecisionOutcome {
    /** Godkendt. */
    APPROVED,
    /** Godkendt med de faldne bemærkninger. */
    APPROVED_WITH_REMARKS,
    /** Afvist / ikke godkendt. */
    REJECTED,
    /** Taget til efterretning. */
    NOTED,
    /** Udsat. */
    POSTPONED;

    /** Whether the decision approves what the item recommended. */
    public boolean approves() {
        return this == APPROVED || this == APPROVED_WITH_REMARKS;
    }
}
