package dk.radhus.strategy.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create a policy. */
@Schema(example = """
        {"title": "Vækstpolitik 2018-2022 – Vækst – vejen til velfærd", "periodStart": 2018, "periodEnd": 2022,
         "owner": "BYC"}""")
public record PolicyRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String title,
        @NotNull(message = "skal udfyldes") @Min(value = 2000, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer periodStart,
        @NotNull(message = "skal udfyldes") @Min(value = 2000, message = "skal være et årstal") @Max(value = 2100, message = "skal være et årstal") Integer periodEnd,
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String owner) {
}
