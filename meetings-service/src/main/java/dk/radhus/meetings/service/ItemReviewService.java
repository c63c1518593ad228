package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/**
 * The secretary's review of imported items the parser was unsure of: they wait closed until approved, with the access
 * the document gave them or the one the secretary corrects it to.
 */
@ApplicationScoped
public class ItemReviewService {

    private final Audit audit;
    private final MeetingEvents events;

    public ItemReviewService(Audit audit, MeetingEvents events) {
        this.audit = audit;
        this.events = events;
    }

    /** An item waiting for review and its meeting. */
    public record Awaiting(Meeting meeting, AgendaItem item) {
    }

    /** The items waiting for review, of one committee or (null) all, oldest meeting first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Awaiting> awaiting(String committeeCode) {
        List<AgendaItem> items = AgendaItem.listAwaitingReview(committeeCode);
        Map<UUID, Meeting> meetings = Meeting.<Meeting>list("id in ?1",
                items.stream().map(item -> item.meetingId).distinct().toList()).stream()
                .collect(Collectors.toMap(meeting -> meeting.id, Function.identity()));
        return items.stream().map(item -> new Awaiting(meetings.get(item.meetingId), item)).toList();
    }

    /**
     * Approves an item waiting for review with {@code correctedAccess}, or without one the access its document gave
     * it. Allowed in every state of the meeting: the review completes the import rather than changing the minutes.
     */
    @Transactional
    public AgendaItem approve(UUID meetingId, UUID itemId, ItemAccess correctedAccess) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem item = AgendaItem.findInMeeting(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound("Punktet findes ikke."));
        if (!item.awaitingReview()) {
            throw ProblemException.conflict("Punktet afventer ikke gennemsyn.");
        }
        Map<String, Object> before = Audit.values("access", item.access, "documentAccess", item.reviewAccess,
                "warnings", item.reviewWarnings);
        ItemAccess accessBefore = item.access;
        item.reviewed(correctedAccess != null ? correctedAccess : item.reviewAccess);
        item.updatedAt = Instant.now();
        if (item.access != accessBefore) {
            events.visibilityChanged(meeting, item);
        }
        audit.record("item.reviewed", "AgendaItem", item.id, before, Audit.values("access", item.access));
        return item;
    }
}
