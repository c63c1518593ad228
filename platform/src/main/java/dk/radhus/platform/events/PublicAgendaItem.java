package dk.radhus.platform.events;

import jakarta.validation.constraints.NotBlank;

/**
 * An agenda item as the public may see it. A closed item (Lukket sag) carries only its number, the title
 * {@value #CLOSED_TITLE} and {@code closed = true}; every other field is null.
 */
public record PublicAgendaItem(
        int number,
        @NotBlank String title,
        String caseNumber,
        String kind,
        boolean closed,
        String decisionText,
        DecisionOutcome outcome) {

    public static final String CLOSED_TITLE = "Lukket punkt";

    public static PublicAgendaItem closedItem(int number) {
        return new PublicAgendaItem(number, CLOSED_TITLE, null, null, true, null, null);
    }
}
