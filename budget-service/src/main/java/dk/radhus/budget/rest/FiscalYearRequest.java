package dk.radhus.budget.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Open a fiscal year. */
@Schema(example = """
        {"year": 2011}""")
public record FiscalYearRequest(
        @NotNull(message = "skal udfyldes") @Min(value = 1970, message = "skal være 1970 eller senere")
        @Max(value = 2200, message = "skal være 2200 eller tidligere") Integer year) {
}
