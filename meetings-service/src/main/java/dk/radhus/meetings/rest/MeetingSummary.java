package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;

/** A meeting in a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeetingSummary(UUID id, String committeeCode, LocalDateTime startsAt, LocalDateTime endsAt,
        String location, MeetingState state, Instant publishedAt, Instant minutesApprovedAt) {

    public static MeetingSummary of(Meeting m) {
        return new MeetingSummary(m.id, m.committeeCode, m.startsAt, m.endsAt, m.location, m.state, m.publishedAt,
                m.minutesApprovedAt);
    }
}
