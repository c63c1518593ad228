package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.ObjectReference;

/** A reference to another service's object, e.g. a budget follow-up, so that the decision travels there. */
@Schema(example = """
        {"kind": "BUDGET_FOLLOW_UP", "id": "5f0d8c56-5a0e-4d8e-a8a4-0d5b2f0b7a31"}""")
public record ReferenceRequest(
        @NotNull(message = "skal udfyldes") ObjectReference.Kind kind,
        @NotBlank(message = "skal udfyldes") String id) {
}
