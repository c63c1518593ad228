package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.CommitteeKind;

/** Create a committee. */
@Schema(example = """
        {"code": "BEU", "name": "Borger- og Erhvervsudvalget", "kind": "POLITICAL_COMMITTEE", "active": true}""")
public record CommitteeRequest(
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[A-ZÆØÅ0-9]{1,12}", message = "skal være 1-12 store bogstaver eller cifre, fx BEU")
        String code,
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        @NotNull(message = "skal udfyldes") CommitteeKind kind,
        Boolean active) {
}
