package dk.radhus.strategy.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.service.QualityContractTerms;

/** Create one numbered objective of a service area's quality contract; {@code targetYear} null means ongoing. */
@Schema(example = """
        {"serviceArea": "Borgerservice og administration", "contractYear": 2012, "number": 1,
         "heading": "Responstid ved telefoniske og personlige henvendelser",
         "overallObjective": "Borgerne skal opleve en effektiv telefonservice ved opkald til kommunen og en kort ventetid ved personligt fremmøde",
         "howWorkedOn": "Måling af svartider i telefonsystemet", "targetYear": 2012,
         "measurement": "Andel opkald besvaret inden for 60 sekunder"}""")
public record QualityContractRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String serviceArea,
        @NotNull(message = "skal udfyldes") @Min(value = 2000, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer contractYear,
        @NotNull(message = "skal udfyldes") @Min(value = 1, message = "skal være mindst 1") Integer number,
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String heading,
        @NotBlank(message = "skal udfyldes") @Size(max = 5000, message = "må højst være 5000 tegn") String overallObjective,
        @Size(max = 5000, message = "må højst være 5000 tegn") String howWorkedOn,
        @Min(value = 2000, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer targetYear,
        @Size(max = 5000, message = "må højst være 5000 tegn") String measurement) {

    public QualityContractTerms terms() {
        return new QualityContractTerms(serviceArea, contractYear, number, heading, overallObjective, howWorkedOn,
                targetYear, measurement);
    }
}
