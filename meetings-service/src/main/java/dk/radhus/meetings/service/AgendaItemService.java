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
import dk.radhus.meetings.messaging.MeetingEvents;
import dk.radhus.meetings.rest.DecisionRequest;
import dk.radhus.meetings.rest.ItemRequest;
import dk.radhus.platform.problem.ProblemException;

/**
 * Adds and changes agenda items and records decisions. After the agenda is published a change is an amendment with a
 * reason; after the minutes are approved nothing changes.
 */
@ApplicationScoped
public class AgendaItemService {

    private static final String ITEM_NOT_FOUND = "Punktet findes ikke.";

    private final AuditLog audit;
    private final MeetingEvents events;
    private final Viewer viewer;

    public AgendaItemService(AuditLog audit, MeetingEvents events, Viewer viewer) {
        this.audit = audit;
        this.events = events;
        this.viewer = viewer;
    }

    @Transactional
    public AgendaItem add(UUID meetingId, ItemRequest request) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        requireEditable(meeting, request);
        if (AgendaItem.numberTaken(meetingId, request.number(), new UUID(0, 0))) {
            throw ProblemException.conflict("Punkt nummer " + request.number() + " findes allerede på mødet.");
        }
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meetingId;
        item.createdAt = Instant.now();
        item.updatedAt = item.createdAt;
        ItemWriter.apply(item, request);
        item.refreshSearchText(false);
        item.persist();
        if (meeting.state.agendaFrozen()) {
            amend(item, request.amendmentReason(), "added");
        }
        audit.record("item.added", "AgendaItem", item.id, "punkt " + item.number);
        return item;
    }

    @Transactional
    public AgendaItem update(UUID meetingId, UUID itemId, ItemRequest request) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem item = requireItem(meetingId, itemId);
        List<String> changes = ItemWriter.changes(item, request);
        if (changes.isEmpty()) {
            return item;
        }
        requireEditable(meeting, request);
        if (AgendaItem.numberTaken(meetingId, request.number(), itemId)) {
            throw ProblemException.conflict("Punkt nummer " + request.number() + " findes allerede på mødet.");
        }
        ItemAccess accessBefore = item.access;
        ItemWriter.apply(item, request);
        item.refreshSearchText(false);
        item.updatedAt = Instant.now();
        if (meeting.state.agendaFrozen()) {
            amend(item, request.amendmentReason(), String.join(", ", changes));
        }
        if (item.access != accessBefore) {
            events.visibilityChanged(meeting, item);
        }
        audit.record("item.updated", "AgendaItem", item.id, String.join(", ", changes));
        return item;
    }

    @Transactional
    public AgendaItem recordDecision(UUID meetingId, UUID itemId, DecisionRequest request) {
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
        LocalDate decidedOn = request.decidedOn() == null ? meeting.startsAt.toLocalDate() : request.decidedOn();
        String text = request.text().strip();
        if (text.equals(item.decisionText) && request.outcome() == item.decisionOutcome
                && Objects.equals(decidedOn, item.decisionDate)) {
            return item;
        }
        item.decisionText = text;
        item.decisionOutcome = request.outcome();
        item.decisionDate = decidedOn;
        item.updatedAt = Instant.now();
        events.decisionRecorded(meeting, item);
        audit.record("item.decision", "AgendaItem", item.id, request.outcome().name());
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
        ItemAmendment.record(item.id, reason, changes, viewer.name());
    }

    private static void requireEditable(Meeting meeting, ItemRequest request) {
        if (meeting.state == MeetingState.MINUTES_APPROVED) {
            throw ProblemException.conflict("Referatet er godkendt; punktet kan ikke ændres.");
        }
        if (meeting.state == MeetingState.CANCELLED) {
            throw ProblemException.conflict("Mødet er aflyst; punktet kan ikke ændres.");
        }
        if (meeting.state.agendaFrozen() && ItemWriter.blankToNull(request.amendmentReason()) == null) {
            throw ProblemException.invalidField("amendmentReason",
                    "skal udfyldes, når dagsordenen er offentliggjort (ændringen er en rettelse)");
        }
    }

    private static AgendaItem requireItem(UUID meetingId, UUID itemId) {
        return AgendaItem.findInMeeting(meetingId, itemId).orElseThrow(() -> ProblemException.notFound(ITEM_NOT_FOUND));
    }
}
