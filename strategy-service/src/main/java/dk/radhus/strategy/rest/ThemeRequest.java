package dk.radhus.strategy.rest;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create a growth-account theme. */
@Schema(example = """
        {"title": "Bolig- og befolkningsudvikling", "position": 1}""")
public record ThemeRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String title,
        @NotNull(message = "skal udfyldes") @Min(value = 1, message = "skal være mindst 1") Integer position) {
}
