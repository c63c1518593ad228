package dk.radhus.meetings.events;

import java.util.List;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.platform.events.PublicAgendaItem;

/** What the public may know about agenda items: closed items reduced to their number and "Lukket punkt". */
public final class PublicProjection {

    private PublicProjection() {
    }

    public static PublicAgendaItem of(AgendaItem item, boolean withDecision) {
        if (item.closed()) {
            return PublicAgendaItem.closedItem(item.number);
        }
        return new PublicAgendaItem(item.number, item.title, item.caseNumber, item.kind.name(), false,
                withDecision ? item.decisionText : null, withDecision ? item.decisionOutcome : null);
    }

    public static List<PublicAgendaItem> of(List<AgendaItem> items, boolean withDecisions) {
        return items.stream().map(item -> of(item, withDecisions)).toList();
    }
}
