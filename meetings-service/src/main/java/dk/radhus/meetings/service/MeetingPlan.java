package dk.radhus.meetings.service;

import java.time.LocalDateTime;

/** When and where a committee meets, in local Danish time; {@code endsAt} and {@code location} are optional. */
public record MeetingPlan(String committeeCode, LocalDateTime startsAt, LocalDateTime endsAt, String location) {
}
