package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.meetings.AttendanceStatus;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;

/** A meeting with its attendance and agenda items, as the viewer may see them. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingResponse(UUID id, String committeeCode, LocalDateTime startsAt, LocalDateTime endsAt,
        String location, MeetingState state, Instant publishedAt, Instant minutesApprovedAt,
        List<Participant> attendance, List<ItemResponse> items) {

    /** One participant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Participant(String name, UUID personId, AttendanceStatus status, String note) {
    }

    public static MeetingResponse of(Meeting m, List<ItemResponse> items) {
        return new MeetingResponse(m.id, m.committeeCode, m.startsAt, m.endsAt, m.location, m.state, m.publishedAt,
                m.minutesApprovedAt,
                m.attendance.stream().map(a -> new Participant(a.name, a.personId, a.status, a.note)).toList(), items);
    }
}
