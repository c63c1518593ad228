package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/**
 * Adds and changes agenda items and records decisions. After the agenda is published a change is an amendment with a
 * reason; after the minutes are approved nothing changes.
 */
@ApplicationScoped
public class AgendaItemService {

    private static final String ITEM_NOT_FOUND = "Punktet findes ikke.";

    private final Audit audit;
    private final MeetingEvents events;
    private final Caller caller;

    public AgendaItemService(Audit audit, MeetingEvents events, Caller caller) {
        this.audit = audit;
        this.events = events;
        this.caller = caller;
    }

    @Transactional
    public AgendaItem add(UUID meetingId, ItemContent content) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        requireEditable(meeting, content.amendmentReason());
        if (AgendaItem.numberTaken(meetingId, content.number(), new UUID(0, 0))) {
            throw ProblemException.conflict("Punkt nummer " + content.number() + " findes allerede på mødet.");
        }
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meetingId;
        item.createdAt = Instant.now();
        item.updatedAt = item.createdAt;
        ItemWriter.apply(item, content);
        item.refreshSearchText(false);
        item.persist();
        if (meeting.state.agendaFrozen()) {
            amend(item, content.amendmentReason(), "added");
        }
        audit.record("item.added", "AgendaItem", item.id, null, AuditValues.item(item));
        return item;
    }

    @Transactional
    public AgendaItem update(UUID meetingId, UUID itemId, ItemContent content) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem item = requireItem(meetingId, itemId);
        List<String> changes = ItemWriter.changes(item, content);
        if (changes.isEmpty()) {
            return item;
        }
        requireEditable(meeting, content.amendmentReason());
        if (AgendaItem.numberTaken(meetingId, content.number(), itemId)) {
            throw ProblemException.conflict("Punkt nummer " + content.number() + " findes allerede på mødet.");
        }
        ItemAccess accessBefore = item.access;
        Map<String, Object> before = AuditValues.item(item);
        ItemWriter.apply(item, content);
        item.refreshSearchText(false);
        item.updatedAt = Instant.now();
        if (meeting.state.agendaFrozen()) {
            amend(item, content.amendmentReason(), String.join(", ", changes));
        }
        if (item.access != accessBefore) {
            events.visibilityChanged(meeting, item);
        }
        audit.record("item.updated", "AgendaItem", item.id, before, AuditValues.item(item));
        return item;
    }

    /** Records or corrects the decision (beslutning); without {@code decidedOn} the meeting's date is used. */
    @Transactional
    public AgendaItem recordDecision(UUID meetingId, UUID itemId, String text, DecisionOutcome outcome,
            LocalDate decidedOn) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem item = requireItem(meetingId, itemId);
        switch (meeting.state) {
            case PLANNED -> throw ProblemException.conflict(
                    "En beslutning kan først registreres, når dagsordenen er offentliggjort.");
            case MINUTES_APPROVED -> throw ProblemException.conflict("Referatet er godkendt; beslutningen kan ikke ændres.");
            case CANCELLED -> throw ProblemException.conflict("Mødet er aflyst.");
            default -> {
                // AGENDA_PUBLISHED and HELD accept decisions
            }
        }
        LocalDate date = decidedOn == null ? meeting.startsAt.toLocalDate() : decidedOn;
        String stripped = text.strip();
        if (stripped.equals(item.decisionText) && outcome == item.decisionOutcome
                && Objects.equals(date, item.decisionDate)) {
            return item;
        }
        Map<String, Object> before = AuditValues.item(item);
        item.decisionText = stripped;
        item.decisionOutcome = outcome;
        item.decisionDate = date;
        item.updatedAt = Instant.now();
        events.decisionRecorded(meeting, item);
        audit.record("item.decision", "AgendaItem", item.id, before, AuditValues.item(item));
        return item;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AgendaItem> items(UUID meetingId) {
        return AgendaItem.listForMeeting(meetingId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AgendaItem> find(UUID meetingId, UUID itemId) {
        return AgendaItem.findInMeeting(meetingId, itemId);
    }

    /** The amendments of several items in one query, by item id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<ItemAmendment>> histories(List<UUID> itemIds) {
        return ItemAmendment.listForItems(itemIds).stream().collect(Collectors.groupingBy(a -> a.itemId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemAmendment> history(UUID itemId) {
        return ItemAmendment.listForItem(itemId);
    }

    private void amend(AgendaItem item, String reason, String changes) {
        ItemAmendment.record(item.id, reason, changes, caller.name());
    }

    /** An item of the meeting may change: not after approved minutes or cancellation, after publication with a reason. */
    private static void requireEditable(Meeting meeting, String amendmentReason) {
        requireOpenForChanges(meeting);
        if (meeting.state.agendaFrozen() && ItemWriter.blankToNull(amendmentReason) == null) {
            throw ProblemException.invalidField("amendmentReason",
                    "skal udfyldes, når dagsordenen er offentliggjort (ændringen er en rettelse)");
        }
    }

    /** The meeting's items may still change: not once the minutes are approved or the meeting is cancelled. */
    static void requireOpenForChanges(Meeting meeting) {
        if (meeting.state == MeetingState.MINUTES_APPROVED) {
            throw ProblemException.conflict("Referatet er godkendt; punktet kan ikke ændres.");
        }
        if (meeting.state == MeetingState.CANCELLED) {
            throw ProblemException.conflict("Mødet er aflyst; punktet kan ikke ændres.");
        }
    }

    private static AgendaItem requireItem(UUID meetingId, UUID itemId) {
        return AgendaItem.findInMeeting(meetingId, itemId).orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
    }
}
