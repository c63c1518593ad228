package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.MeetingState;

/** Move a meeting to its next state: publish the agenda, mark it held, approve the minutes, or cancel it. */
@Schema(example = """
        {"to": "AGENDA_PUBLISHED"}""")
public record TransitionRequest(@NotNull(message = "skal udfyldes") MeetingState to) {
}
