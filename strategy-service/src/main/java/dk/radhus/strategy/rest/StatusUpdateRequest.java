package dk.radhus.strategy.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.Light;
import dk.radhus.strategy.service.StatusReport;

/** A new status for an initiative: light, narrative and the date it describes. */
@Schema(example = """
        {"light": "YELLOW", "narrative": "Forsinket pga. afklaring af ledningsføring", "asOf": "2019-12-16"}""")
public record StatusUpdateRequest(
        @NotNull(message = "skal udfyldes") Light light,
        @NotBlank(message = "skal udfyldes") @Size(max = 5000, message = "må højst være 5000 tegn") String narrative,
        @NotNull(message = "skal udfyldes") @PastOrPresent(message = "må ikke ligge i fremtiden") LocalDate asOf) {

    public StatusReport status() {
        return new StatusReport(light, narrative, asOf);
    }
}
