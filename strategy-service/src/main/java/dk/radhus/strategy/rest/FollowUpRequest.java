package dk.radhus.strategy.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.Light;

/** The yearly follow-up report (opfølgningsredegørelse) on a quality contract. */
@Schema(example = """
        {"year": 2012, "statusText": "Digitaliseringsstrategi er udarbejdet og aktiviteterne er gennemført", "light": "GREEN"}""")
public record FollowUpRequest(
        @NotNull(message = "skal udfyldes") @Min(value = 2000, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer year,
        @NotBlank(message = "skal udfyldes") @Size(max = 10000, message = "må højst være 10000 tegn") String statusText,
        @NotNull(message = "skal udfyldes") Light light) {
}
