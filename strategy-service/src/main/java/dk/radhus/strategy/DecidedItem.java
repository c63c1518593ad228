package dk.radhus.strategy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import dk.radhus.platform.events.HeldDecision;

/** An agenda item strategy-service holds a decision about: only the versions and visibility {@link HeldDecision} keeps. */
@Entity
@Table(name = "decided_item")
public class DecidedItem extends HeldDecision {

    public static Map<UUID, DecidedItem> byId(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<DecidedItem> items = list("itemId in ?1", itemIds);
        return items.stream().collect(Collectors.toMap(i -> i.itemId, Function.identity()));
    }
}
