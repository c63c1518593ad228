package dk.radhus.platform.events;

import java.util.UUID;

/** An event about one agenda item: keyed by the item id, so all of an item's events stay in order. */
public interface AgendaItemEvent extends EventPayload {

    UUID itemId();

    @Override
    default String aggregateType() {
        return "AgendaItem";
    }

    @Override
    default String aggregateId() {
        return itemId().toString();
    }
}
