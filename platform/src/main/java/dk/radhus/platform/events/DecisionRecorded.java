package dk.radhus.platform.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * A decision (beslutning) on an agenda item was recorded or corrected. Published by meetings-service on
 * {@link Topics#MEETING_DECISIONS}; budget-service and strategy-service act on the {@code references}.
 * <p>
 * A decision may change until the minutes are approved. {@code itemVersion} grows with every event about the item
 * (this one and {@link ItemVisibilityChanged}), so a consumer applies a decision only when it is newer than the one it
 * holds, and a duplicate or late event never rolls a newer one back. {@code visibility} says what the public may see
 * of the item at this version; the content is internal and never shown to anonymous callers beyond it.
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
        @NotNull List<@Valid ObjectReference> references,
        @Positive long itemVersion,
        @NotNull @Valid ItemVisibility visibility) implements AgendaItemEvent {
}
