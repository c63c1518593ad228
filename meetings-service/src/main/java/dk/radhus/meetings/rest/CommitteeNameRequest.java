package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Map a committee name as documents give it to a committee. */
@Schema(example = """
        {"name": "Udvalget for Ældre og Sundhed", "committeeCode": "ÆSU"}""")
public record CommitteeNameRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn")
        @Pattern(regexp = "[^\\p{Cc}]*", message = "må ikke indeholde kontroltegn") String name,
        @NotBlank(message = "skal udfyldes")
        @Pattern(regexp = "[A-ZÆØÅ0-9]{1,12}", message = "skal være 1-12 store bogstaver eller cifre, fx BEU")
        String committeeCode) {
}
