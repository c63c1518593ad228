package dk.radhus.meetings.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.service.AgendaItemService;

/**
 * Decides what of an item a viewer sees: staff see everything; the public sees open items in full (decisions once the
 * minutes are approved) and closed items only as "Lukket punkt".
 */
@ApplicationScoped
public class ItemViews {

    private final AgendaItemService items;

    public ItemViews(AgendaItemService items) {
        this.items = items;
    }

    public ItemResponse view(Meeting meeting, AgendaItem item, boolean privileged) {
        return view(meeting, item, privileged, items.history(item.id));
    }

    public List<ItemResponse> view(Meeting meeting, List<AgendaItem> agenda, boolean privileged) {
        Map<UUID, List<ItemAmendment>> histories = items.histories(agenda.stream().map(item -> item.id).toList());
        return agenda.stream()
                .map(item -> view(meeting, item, privileged, histories.getOrDefault(item.id, List.of()))).toList();
    }

    private static ItemResponse view(Meeting meeting, AgendaItem item, boolean privileged,
            List<ItemAmendment> history) {
        if (privileged) {
            return ItemResponse.full(item, history);
        }
        if (item.closed()) {
            return ItemResponse.closedPlaceholder(item);
        }
        return ItemResponse.full(item, history, meeting.state == MeetingState.MINUTES_APPROVED, false);
    }

    /** Whether the viewer may see the item's content at all (history, sub-resources). */
    public static boolean contentVisible(AgendaItem item, boolean privileged) {
        return privileged || !item.closed();
    }
}
