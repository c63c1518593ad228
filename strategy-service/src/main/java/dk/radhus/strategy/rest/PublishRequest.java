package dk.radhus.strategy.rest;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Publish the growth account for a year. {@code indicatorCodes} picks the parameters reported; left out, every
 * indicator with a value for the year is reported.
 */
@Schema(example = """
        {"year": 2019, "title": "Vækstregnskab 2019", "indicatorCodes": ["BEF-01", "BES-01"]}""")
public record PublishRequest(
        @NotNull(message = "skal udfyldes") @Min(value = 1900, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer year,
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String title,
        List<@NotBlank(message = "skal udfyldes") String> indicatorCodes) {
}
