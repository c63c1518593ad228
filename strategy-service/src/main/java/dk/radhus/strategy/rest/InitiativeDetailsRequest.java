package dk.radhus.strategy.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.strategy.service.InitiativeDetails;

/** Change an initiative's description, owner, partners or period; its status is changed separately. */
@Schema(example = """
        {"title": "Udviklingsplan for Charlottekvarteret", "description": "Vision, projekter og indsatser",
         "departmentCode": "BYC", "partners": "Boligorganisationerne, privatudvikler",
         "startDate": "2019-01-01", "endDate": "2021-06-30"}""")
public record InitiativeDetailsRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 300, message = "må højst være 300 tegn") String title,
        @Size(max = 5000, message = "må højst være 5000 tegn") String description,
        @NotBlank(message = "skal udfyldes") String departmentCode,
        @Size(max = 1000, message = "må højst være 1000 tegn") String partners,
        LocalDate startDate,
        LocalDate endDate) {

    public InitiativeDetails details() {
        return new InitiativeDetails(title, description, departmentCode, partners, startDate, endDate);
    }
}
