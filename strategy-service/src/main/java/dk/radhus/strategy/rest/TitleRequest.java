package dk.radhus.strategy.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Create a focus area, goal or sub-goal: only a title; the position is the next free one. */
@Schema(example = """
        {"title": "Styrke indsatsen for attraktive byer som drivere for bosætning og erhvervsudvikling"}""")
public record TitleRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String title) {
}
