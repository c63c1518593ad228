package dk.radhus.meetings.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.Meeting;

/** An imported item waiting for review: where it is, the access its document gave it and the parser's warnings. */
public record ItemReviewResponse(UUID meetingId, String committeeCode, LocalDateTime startsAt, UUID itemId,
        int number, String title, ItemAccess documentAccess, List<String> warnings) {

    static ItemReviewResponse of(Meeting meeting, AgendaItem item) {
        return new ItemReviewResponse(meeting.id, meeting.committeeCode, meeting.startsAt, item.id, item.number,
                item.title, item.reviewAccess, item.reviewWarnings.lines().toList());
    }
}
