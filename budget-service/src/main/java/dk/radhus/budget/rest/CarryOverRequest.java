package dk.radhus.budget.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Carry a policy area's deviation of the year into the next, citing the decision that grants it. */
@Schema(example = """
        {"date": "2011-04-27",
         "decision": {"meetingDate": "2011-04-27", "itemNumber": 7, "caseNumber": "11/8812"}}""")
public record CarryOverRequest(
        @NotNull(message = "skal udfyldes") LocalDate date,
        @NotNull(message = "skal udfyldes") @Valid LedgerEntryRequest.DecisionReference decision) {
}
