package dk.radhus.meetings.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.platform.events.ObjectReference;

/**
 * A reference to another service's object, e.g. a budget follow-up, so that the decision travels there. Every kind's
 * objects are identified by a UUID (budget-service and strategy-service read the id of a {@code DecisionRecorded}
 * reference as one), so any other id is refused here rather than dead-lettered there.
 */
@Schema(example = """
        {"kind": "BUDGET_FOLLOW_UP", "id": "5f0d8c56-5a0e-4d8e-a8a4-0d5b2f0b7a31"}""")
public record ReferenceRequest(
        @NotNull(message = "skal udfyldes") ObjectReference.Kind kind,
        @NotNull(message = "skal udfyldes") UUID id) {
}
