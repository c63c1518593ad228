package dk.radhus.strategy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.HeldVisibility;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An agenda item strategy-service holds a decision about: the version of its newest decision applied here, and what
 * the public may see of it with the item version that visibility was set at. The two versions move independently,
 * because an item's visibility can change without a new decision and the other way round.
 */
@Entity
@Table(name = "decided_item")
public class DecidedItem extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "decision_version")
    public long decisionVersion;

    @Embedded
    public HeldVisibility visibility = new HeldVisibility();

    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Map<UUID, DecidedItem> byId(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<DecidedItem> items = list("itemId in ?1", itemIds);
        return items.stream().collect(Collectors.toMap(i -> i.itemId, Function.identity()));
    }
}
