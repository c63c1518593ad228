package dk.radhus.meetings.rest;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.service.MeetingPlan;

/** Plan a meeting, or change a planned meeting's time and place. Times are local Danish time. */
@Schema(example = """
        {"committeeCode": "BEU", "startsAt": "2011-05-11T17:00:00", "endsAt": "2011-05-11T19:00:00", "location": "B101"}""")
public record MeetingRequest(
        @NotBlank(message = "skal udfyldes") String committeeCode,
        @NotNull(message = "skal udfyldes") LocalDateTime startsAt,
        LocalDateTime endsAt,
        @Size(max = 200, message = "må højst være 200 tegn") String location) {

    public MeetingPlan plan() {
        return new MeetingPlan(committeeCode, startsAt, endsAt, location);
    }
}
