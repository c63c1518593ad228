package dk.radhus.meetings.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.platform.events.AgendaPublished;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.ItemVisibility;
import dk.radhus.platform.events.ItemVisibilityChanged;
import dk.radhus.platform.events.MinutesApproved;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;

/**
 * Publishes the meeting events through the outbox, in the caller's transaction. Events on the public topic carry only
 * the public projection; DecisionRecorded and ItemVisibilityChanged go to the internal decisions topic with the item's visibility.
 */
@ApplicationScoped
public class MeetingEvents {

    private final Outbox outbox;

    public MeetingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void agendaPublished(Meeting meeting, List<AgendaItem> items) {
        outbox.publish(Topics.MEETINGS_PUBLIC, new AgendaPublished(meeting.id, meeting.committeeCode, meeting.startsAt,
                meeting.location, PublicProjection.of(items, false)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void minutesApproved(Meeting meeting, List<AgendaItem> items) {
        outbox.publish(Topics.MEETINGS_PUBLIC, new MinutesApproved(meeting.id, meeting.committeeCode, meeting.startsAt,
                meeting.location, PublicProjection.of(items, true)));
    }

    /** A decision recorded or corrected, with the item's next event version and its visibility. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionRecorded(Meeting meeting, AgendaItem item) {
        outbox.publish(Topics.MEETING_DECISIONS, new DecisionRecorded(item.id, meeting.id, meeting.committeeCode,
                meeting.startsAt.toLocalDate(), item.number, item.caseNumber, item.title, item.decisionText,
                item.decisionOutcome, item.decisionDate,
                item.references.stream().map(ItemReference::toObjectReference).toList(), item.nextEventVersion(),
                visibility(meeting, item)));
    }

    /**
     * What the public may see of a decided item changed (closed, reopened, minutes approved). Items without a decision
     * have no copies elsewhere: their first DecisionRecorded carries the visibility.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void visibilityChanged(Meeting meeting, AgendaItem item) {
        if (!item.hasDecision()) {
            return;
        }
        outbox.publish(Topics.MEETING_DECISIONS, new ItemVisibilityChanged(item.id, meeting.id, item.number,
                item.nextEventVersion(), visibility(meeting, item)));
    }

    /** The rule meetings-service's own views follow ({@code rest.ItemViews}): decisions public with the minutes. */
    static ItemVisibility visibility(Meeting meeting, AgendaItem item) {
        return new ItemVisibility(item.closed(), meeting.state == MeetingState.MINUTES_APPROVED);
    }
}
