package dk.radhus.strategy.rest;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.Direction;
import dk.radhus.strategy.service.IndicatorDefinition;

/** Create or change a growth-account indicator (parameter). */
@Schema(example = """
        {"code": "BEF-01", "themeId": null, "name": "Indbyggertal", "unit": "personer", "source": "Danmarks Statistik",
         "direction": "UP", "baselineYear": 2017, "baselineValue": 50000, "targetValue": 55000, "targetYear": 2022,
         "comparisonValue": 1.2, "comparisonLabel": "Region Hovedstaden, vækst i pct."}""")
public record IndicatorRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]{1,40}", message = "skal være 1-40 bogstaver, cifre, punktum, bindestreg eller understreg")
        String code,
        UUID themeId,
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String name,
        @NotBlank(message = "skal udfyldes") @Size(max = 100, message = "må højst være 100 tegn") String unit,
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String source,
        @NotNull(message = "skal udfyldes") Direction direction,
        @NotNull(message = "skal udfyldes") @Min(value = 1900, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer baselineYear,
        @NotNull(message = "skal udfyldes") @Digits(integer = 15, fraction = 6, message = ValueRequest.DIGITS)
        BigDecimal baselineValue,
        @Digits(integer = 15, fraction = 6, message = ValueRequest.DIGITS) BigDecimal targetValue,
        @Min(value = 1900, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer targetYear,
        @Digits(integer = 15, fraction = 6, message = ValueRequest.DIGITS) BigDecimal comparisonValue,
        @Size(max = 200, message = "må højst være 200 tegn") String comparisonLabel) {

    public IndicatorDefinition definition() {
        return new IndicatorDefinition(themeId, name, unit, source, direction, baselineYear, baselineValue, targetValue,
                targetYear, comparisonValue, comparisonLabel);
    }
}
