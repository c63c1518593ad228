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
 * Add the original budget or a supplementary appropriation to a policy area's budget. Expenses positive, income
 * negative. Kind {@code TRANSFER} is refused (400 naming {@code kind}): an omplacering is booked as a balanced pair
 * through {@code POST /years/{year}/transfers}.
 */
@Schema(example = """
        {"kind": "SUPPLEMENTARY", "unit": "DKK_THOUSANDS", "amount": 450, "date": "2011-05-11",
         "text": "Tillægsbevilling til Integrationspuljen",
         "decision": {"meetingDate": "2011-05-11", "itemNumber": 5, "caseNumber": "3064024"}}""")
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
