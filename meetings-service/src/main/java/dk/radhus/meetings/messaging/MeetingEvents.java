package dk.radhus.meetings.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.Meeting;
import dk.radhus.platform.events.AgendaPublished;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.MinutesApproved;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;

/**
 * Publishes the meeting events through the outbox, in the caller's transaction. Events on the public topic carry only
 * the public projection; DecisionRecorded goes to the internal decisions topic with a confidentiality flag.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void decisionRecorded(Meeting meeting, AgendaItem item) {
        outbox.publish(Topics.MEETING_DECISIONS, new DecisionRecorded(item.id, meeting.id, meeting.committeeCode,
                meeting.startsAt.toLocalDate(), item.number, item.caseNumber, item.title, item.decisionText,
                item.decisionOutcome, item.decisionDate, item.closed(),
                item.references.stream().map(ItemReference::toObjectReference).toList()));
    }
}
