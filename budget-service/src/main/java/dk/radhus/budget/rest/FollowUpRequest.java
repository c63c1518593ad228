package dk.radhus.budget.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Start a follow-up round (budgetopfølgning) for a committee. */
@Schema(example = """
        {"committeeCode": "BEU", "fiscalYear": 2011, "round": 2, "cutOffDate": "2011-03-31"}""")
public record FollowUpRequest(
        @NotBlank(message = "skal udfyldes") String committeeCode,
        @NotNull(message = "skal udfyldes") Integer fiscalYear,
        @NotNull(message = "skal udfyldes") @Min(value = 1, message = "skal være mindst 1")
        @Max(value = 12, message = "må højst være 12") Integer round,
        @NotNull(message = "skal udfyldes") LocalDate cutOffDate) {
}
