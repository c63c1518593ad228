package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.ledger.NewLedgerEntry;
import dk.radhus.platform.events.AmountUnit;

/** Omplacering: move a positive amount from one policy area's budget to another's. */
@Schema(example = """
        {"fromPolicyAreaCode": "881", "toPolicyAreaCode": "882", "unit": "DKK_THOUSANDS", "amount": 2,
         "date": "2011-02-15", "text": "Omplacering til Integrationsrådet",
         "decision": {"meetingDate": "2011-02-09", "itemNumber": 4, "caseNumber": "11/2334"}}""")
public record TransferRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 20, message = "må højst være 20 tegn") String fromPolicyAreaCode,
        @NotBlank(message = "skal udfyldes") @Size(max = 20, message = "må højst være 20 tegn") String toPolicyAreaCode,
        @NotNull(message = "skal udfyldes") AmountUnit unit,
        @NotNull(message = "skal udfyldes")
        @Digits(integer = 15, fraction = 6, message = "skal være et tal med højst 15 cifre før og 6 efter kommaet")
        BigDecimal amount,
        @NotNull(message = "skal udfyldes") LocalDate date,
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String text,
        @Valid LedgerEntryRequest.DecisionReference decision) {

    /** The side that receives the amount; the other side is its negation. */
    NewLedgerEntry entry() {
        return new NewLedgerEntry(LedgerEntry.Kind.TRANSFER, amount, unit, date, text,
                decision == null ? null : new NewLedgerEntry.Decision(decision.meetingId(), decision.meetingDate(),
                        decision.itemNumber(), decision.caseNumber()));
    }
}
