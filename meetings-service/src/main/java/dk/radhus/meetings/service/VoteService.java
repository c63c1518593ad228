package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemVote;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.Person;
import dk.radhus.meetings.VoteLine;
import dk.radhus.meetings.VoteNote;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;

/**
 * Votes on agenda items, entered by the secretary while decisions may be recorded (agenda published or meeting held);
 * frozen with the minutes. Shown to the public with the decision, once the minutes are approved.
 */
@ApplicationScoped
public class VoteService {

    private final Audit audit;

    public VoteService(Audit audit) {
        this.audit = audit;
    }

    /** Records or replaces the item's vote; a unanimous vote has no lines, any other at least one. */
    @Transactional
    public ItemVote record(UUID meetingId, UUID itemId, VoteRecord vote) {
        Meeting meeting = MeetingService.requireForUpdate(meetingId);
        AgendaItem.findInMeeting(meetingId, itemId)
                .orElseThrow(() -> ProblemException.notFound("Punktet findes ikke."));
        validate(vote);
        switch (meeting.state) {
            case PLANNED -> throw ProblemException.conflict(
                    "En afstemning kan først registreres, når dagsordenen er offentliggjort.");
            case MINUTES_APPROVED -> throw ProblemException.conflict(
                    "Referatet er godkendt; afstemningen kan ikke ændres.");
            case CANCELLED -> throw ProblemException.conflict("Mødet er aflyst.");
            default -> {
                // AGENDA_PUBLISHED and HELD accept votes, as they accept decisions
            }
        }
        ItemVote stored = ItemVote.<ItemVote>findByIdOptional(itemId).orElse(null);
        Map<String, Object> before = stored == null ? null : values(stored);
        if (stored == null) {
            stored = new ItemVote();
            stored.itemId = itemId;
        }
        stored.unanimous = vote.unanimous();
        stored.lines.clear();
        stored.lines.addAll(vote.lines());
        stored.notes.clear();
        stored.notes.addAll(vote.notes());
        stored.recordedAt = Instant.now();
        stored.persist();
        audit.record("item.vote", "AgendaItem", itemId, before, values(stored));
        return stored;
    }

    /** The votes of the items, by item id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, ItemVote> votes(List<UUID> itemIds) {
        return ItemVote.listForItems(itemIds).stream()
                .collect(Collectors.toMap(vote -> vote.itemId, Function.identity()));
    }

    private static void validate(VoteRecord vote) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (vote.unanimous() && !vote.lines().isEmpty()) {
            errors.add(new Problem.FieldError("lines", "skal være tom, når afstemningen er enstemmig"));
        }
        if (!vote.unanimous() && vote.lines().isEmpty()) {
            errors.add(new Problem.FieldError("lines", "skal udfyldes, når afstemningen ikke er enstemmig"));
        }
        for (int i = 0; i < vote.lines().size(); i++) {
            UUID person = vote.lines().get(i).personId;
            if (person != null && Person.findByIdOptional(person).isEmpty()) {
                errors.add(new Problem.FieldError("lines[" + i + "].personId", "personen findes ikke"));
            }
        }
        for (int i = 0; i < vote.notes().size(); i++) {
            UUID person = vote.notes().get(i).personId;
            if (person != null && Person.findByIdOptional(person).isEmpty()) {
                errors.add(new Problem.FieldError("notes[" + i + "].personId", "personen findes ikke"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static Map<String, Object> values(ItemVote vote) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("unanimous", vote.unanimous);
        values.put("lines", vote.lines.stream().map(l -> l.voter + " " + l.choice + " " + l.votes
                + (l.personId == null ? "" : " " + l.personId)).toList());
        values.put("notes", vote.notes.stream().map(n -> n.kind + " " + n.name + ": " + Objects.toString(n.text, ""))
                .toList());
        return values;
    }
}
