package dk.radhus.meetings.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.ItemVote;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.service.AgendaItemService;
import dk.radhus.meetings.service.VoteService;

/**
 * Decides what of an item a viewer sees: staff see everything; the public sees open items in full (decisions and votes
 * once the minutes are approved) and closed items only as "Lukket punkt".
 */
@ApplicationScoped
public class ItemViews {

    private final AgendaItemService items;
    private final VoteService votes;

    public ItemViews(AgendaItemService items, VoteService votes) {
        this.items = items;
        this.votes = votes;
    }

    public ItemResponse view(Meeting meeting, AgendaItem item, boolean privileged) {
        return view(meeting, item, privileged, items.history(item.id), votes.votes(List.of(item.id)).get(item.id));
    }

    public List<ItemResponse> view(Meeting meeting, List<AgendaItem> agenda, boolean privileged) {
        List<UUID> ids = agenda.stream().map(item -> item.id).toList();
        Map<UUID, List<ItemAmendment>> histories = items.histories(ids);
        Map<UUID, ItemVote> itemVotes = votes.votes(ids);
        return agenda.stream().map(item -> view(meeting, item, privileged, histories.getOrDefault(item.id, List.of()),
                itemVotes.get(item.id))).toList();
    }

    private static ItemResponse view(Meeting meeting, AgendaItem item, boolean privileged,
            List<ItemAmendment> history, ItemVote vote) {
        if (privileged) {
            return ItemResponse.full(item, history, vote, true, true);
        }
        if (item.closed()) {
            return ItemResponse.closedPlaceholder(item);
        }
        return ItemResponse.full(item, history, vote, meeting.state == MeetingState.MINUTES_APPROVED, false);
    }

    /** Whether the viewer may see the item's content at all (history, sub-resources). */
    public static boolean contentVisible(AgendaItem item, boolean privileged) {
        return privileged || !item.closed();
    }
}
