package dk.radhus.platform.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A consuming service's copy of an agenda item it holds a decision about, in a table {@code decided_item}: the item
 * version of the newest decision applied and what the public may see of the item. The two versions move independently,
 * because an item's visibility can change without a new decision and the other way round. Each service's entity adds
 * the decision's details it needs.
 */
@MappedSuperclass
public abstract class HeldDecision extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "decision_version", nullable = false)
    public long decisionVersion;

    @Embedded
    public HeldVisibility visibility = new HeldVisibility();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
