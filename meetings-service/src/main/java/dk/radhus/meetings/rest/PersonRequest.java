package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Register a person: a politician with a party letter, or an official without one. */
@Schema(example = """
        {"name": "Hugo Hammel", "partyLetter": "A"}""")
public record PersonRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        @Pattern(regexp = "[A-ZÆØÅ]{1,2}", message = "skal være et partibogstav, fx A, B, C eller F") String partyLetter) {
}
