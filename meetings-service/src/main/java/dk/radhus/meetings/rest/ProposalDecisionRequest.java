package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the secretary accepts or rejects a proposed change; an accepted change is an amendment with this reason. */
@Schema(example = """
        {"reason": "Opdateret budgetopfølgning efter genåbning"}""")
public record ProposalDecisionRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 1000, message = "må højst være 1000 tegn") String reason) {
}
