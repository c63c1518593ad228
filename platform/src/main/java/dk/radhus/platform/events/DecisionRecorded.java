package dk.radhus.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A decision (beslutning) on an agenda item was recorded. Published by meetings-service on
 * {@link Topics#MEETING_DECISIONS}; budget-service and strategy-service act on the {@code references}.
 * {@code confidential} is true for a closed item (Lukket sag).
 */
public record DecisionRecorded(
        @NotNull UUID itemId,
        @NotNull UUID meetingId,
        @NotBlank String committeeCode,
        @NotNull LocalDate meetingDate,
        int itemNumber,
        String caseNumber,
        @NotBlank String title,
        @NotBlank String decisionText,
        @NotNull DecisionOutcome outcome,
        @NotNull LocalDate decidedOn,
        boolean confidential,
        @NotNull List<@Valid ObjectReference> references) implements EventPayload {

    @Override
    public String aggregateType() {
        return "AgendaItem";
    }

    @Override
    public String aggregateId() {
        return itemId.toString();
    }
}
