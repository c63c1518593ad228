package dk.radhus.strategy.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create or change a department (center). */
@Schema(example = """
        {"code": "CEIS", "name": "Center for Ejendomme, Indkøb og Service", "active": true}""")
public record DepartmentRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[A-ZÆØÅ]{2,8}", message = "skal være 2-8 store bogstaver, fx BYC")
        String code,
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        Boolean active) {
}
