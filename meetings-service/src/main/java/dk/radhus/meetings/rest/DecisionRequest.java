package dk.radhus.meetings.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.DecisionOutcome;

/** Record or change the decision (beslutning) on an item; without a date the meeting's date is used. */
@Schema(example = """
        {"text": "Godkendt med de faldne bemærkninger.", "outcome": "APPROVED_WITH_REMARKS", "decidedOn": "2011-05-11"}""")
public record DecisionRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 20000, message = "må højst være 20000 tegn") String text,
        @NotNull(message = "skal udfyldes") DecisionOutcome outcome,
        LocalDate decidedOn) {
}
