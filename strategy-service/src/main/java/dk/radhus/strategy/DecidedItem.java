package dk.radhus.strategy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.ItemVisibility;
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

    public boolean closed;

    @Column(name = "decision_public")
    public boolean decisionPublic;

    @Column(name = "visibility_version")
    public long visibilityVersion;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ItemVisibility visibility() {
        return new ItemVisibility(closed, decisionPublic);
    }

    /** Takes {@code visibility} if {@code version} is newer than the one held; returns whether it did. */
    public boolean applyVisibility(ItemVisibility visibility, long version) {
        if (version <= visibilityVersion) {
            return false;
        }
        closed = visibility.closed();
        decisionPublic = visibility.decisionPublic();
        visibilityVersion = version;
        updatedAt = Instant.now();
        return true;
    }

    public static Map<UUID, DecidedItem> byId(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<DecidedItem> items = list("itemId in ?1", itemIds);
        return items.stream().collect(Collectors.toMap(i -> i.itemId, Function.identity()));
    }
}
