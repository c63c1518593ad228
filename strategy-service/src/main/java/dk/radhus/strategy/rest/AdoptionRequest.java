package dk.radhus.strategy.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Record the decision that adopted a policy; makes it public. */
@Schema(example = """
        {"decision": "Byrådet vedtog vækstpolitikken.", "adoptedOn": "2018-06-26", "caseNumber": "18/8420"}""")
public record AdoptionRequest(
        @NotBlank(message = "skal udfyldes") String decision,
        @NotNull(message = "skal udfyldes") @PastOrPresent(message = "må ikke ligge i fremtiden") LocalDate adoptedOn,
        String caseNumber) {
}
