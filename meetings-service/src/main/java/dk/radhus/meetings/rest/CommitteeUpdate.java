package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.CommitteeKind;

/** Rename a committee, change its kind, or (de)activate it. */
@Schema(example = """
        {"name": "Borger- og Erhvervsudvalget", "kind": "POLITICAL_COMMITTEE", "active": false}""")
public record CommitteeUpdate(
        @NotBlank(message = "skal udfyldes") @Size(max = 200, message = "må højst være 200 tegn") String name,
        @NotNull(message = "skal udfyldes") CommitteeKind kind,
        @NotNull(message = "skal udfyldes") Boolean active) {
}
