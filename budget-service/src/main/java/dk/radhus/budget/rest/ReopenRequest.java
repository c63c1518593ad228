package dk.radhus.budget.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reopen a submitted follow-up so its figures can change again; the reason is kept with the follow-up. */
@Schema(example = """
        {"reason": "Forbruget pr. 31/3 var opgjort uden lønrefusioner"}""")
public record ReopenRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 1000, message = "må højst være 1000 tegn") String reason) {
}
