package dk.radhus.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.budget.PolicyArea;

/** Create a policy area (politikområde / bevillingsområde) of a committee. */
@Schema(example = """
        {"code": "881", "name": "Borger og erhvervsudvalget", "committeeCode": "BEU", "kind": "OPERATIONS"}""")
public record PolicyAreaRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[0-9]{1,6}", message = "skal være 1-6 cifre, fx 881 eller 81") String code,
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        @NotBlank(message = "skal udfyldes") String committeeCode,
        PolicyArea.Kind kind) {
}
