package dk.radhus.platform.events;

/**
 * What the public may see of an agenda item, as meetings-service shows it: a closed item (lukket punkt) only as its
 * number and {@value PublicAgendaItem#CLOSED_TITLE}; an open item's title and case number once its agenda is
 * published, and its decision once the minutes are approved. What a decision changed in another service (a follow-up
 * approved, an appropriation booked) becomes public with the minutes too, for a closed item as well, cited only as its
 * number and "Lukket punkt". Staff (finance, director, admin) see everything. Every service that keeps a copy of item
 * content asks this rule, and nothing else, before showing it anonymously.
 *
 * @param closed         the item is closed (Lukket): nothing but its number is public
 * @param decisionPublic meetings-service shows the item's decision to the public (the minutes are approved)
 */
public record ItemVisibility(boolean closed, boolean decisionPublic) {

    /** Whether an anonymous caller may see the item's title, case number and meeting. */
    public boolean contentPublic() {
        return !closed;
    }

    /** Whether an anonymous caller may see the decision: its text, its outcome and what it caused. */
    public boolean decisionShownToPublic() {
        return !closed && decisionPublic;
    }

    /** Whether a caller sees what the decision changed (status, money): staff always, the public with the minutes. */
    public boolean showsEffectsTo(boolean staff) {
        return staff || decisionPublic;
    }

    /** Whether a caller sees the item's title and case number: staff always, the public only for open items. */
    public boolean showsContentTo(boolean staff) {
        return staff || contentPublic();
    }

    /** Whether a caller sees the decision and its effects: staff always, the public as meetings-service shows it. */
    public boolean showsDecisionTo(boolean staff) {
        return staff || decisionShownToPublic();
    }
}
