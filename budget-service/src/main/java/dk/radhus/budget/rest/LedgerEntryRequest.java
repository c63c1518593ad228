package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.AmountUnit;

/**
 * Add the original budget, a supplementary appropriation or a transfer to a policy area's budget. Expenses positive,
 * income negative; a transfer away from the area is negative.
 */
@Schema(example = """
        {"kind": "TRANSFER", "unit": "DKK_THOUSANDS", "amount": -2, "date": "2011-02-15",
         "text": "Omplacering til Integrationsrådet",
         "decision": {"meetingDate": "2011-02-09", "itemNumber": 4, "caseNumber": "11/2334"}}""")
public record LedgerEntryRequest(
        @NotNull(message = "skal udfyldes") LedgerEntry.Kind kind,
        @NotNull(message = "skal udfyldes") AmountUnit unit,
        @NotNull(message = "skal udfyldes")
        @Digits(integer = 15, fraction = 6, message = "skal være et tal med højst 15 cifre før og 6 efter kommaet")
        BigDecimal amount,
        @NotNull(message = "skal udfyldes") LocalDate date,
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String text,
        @Valid DecisionReference decision) {

    /** The decision an entry rests on: meeting, agenda item and case number. */
    @Schema(example = """
            {"meetingDate": "2011-02-09", "itemNumber": 4, "caseNumber": "11/2334"}""")
    public record DecisionReference(
            UUID meetingId,
            @NotNull(message = "skal udfyldes") LocalDate meetingDate,
            @NotNull(message = "skal udfyldes") @Positive(message = "skal være et positivt tal") Integer itemNumber,
            @Size(max = 50, message = "må højst være 50 tegn") String caseNumber) {
    }
}
