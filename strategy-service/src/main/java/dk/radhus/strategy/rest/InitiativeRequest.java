package dk.radhus.strategy.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.Light;
import dk.radhus.strategy.service.InitiativeDetails;
import dk.radhus.strategy.service.StatusReport;

/** Create an initiative (indsats) under a goal or sub-goal, with its first status. */
@Schema(example = """
        {"reference": "VP-BY-1.1", "title": "Udviklingsplan for Charlottekvarteret",
         "description": "Vision, projekter og indsatser for kvarteret", "departmentCode": "BYC",
         "partners": "Boligorganisationerne", "startDate": "2019-01-01", "endDate": "2020-12-31",
         "light": "GREEN", "narrative": "Skitse drøftet i ØU", "statusAsOf": "2019-12-10"}""")
public record InitiativeRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[A-Za-z0-9ÆØÅæøå._-]{1,40}", message = "skal være 1-40 bogstaver, cifre, punktum, bindestreg eller understreg")
        String reference,
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String title,
        @Size(max = 5000, message = "må højst være 5000 tegn") String description,
        @NotBlank(message = "skal udfyldes") String departmentCode,
        @Size(max = 1000, message = "må højst være 1000 tegn") String partners,
        LocalDate startDate,
        LocalDate endDate,
        @NotNull(message = "skal udfyldes") Light light,
        @NotBlank(message = "skal udfyldes") @Size(max = 5000, message = "må højst være 5000 tegn") String narrative,
        @NotNull(message = "skal udfyldes") @PastOrPresent(message = "må ikke ligge i fremtiden") LocalDate statusAsOf) {

    public InitiativeDetails details() {
        return new InitiativeDetails(title, description, departmentCode, partners, startDate, endDate);
    }

    public StatusReport status() {
        return new StatusReport(light, narrative, statusAsOf);
    }
}
