package dk.radhus.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A change to an item after its agenda was published: what changed, why, when and by whom. */
@Entity
@Table(name = "item_amendment")
public class ItemAmendment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Column(nullable = false)
    public String reason;

    /** The names of the changed fields, comma-separated. */
    @Column(nullable = false)
    public String changes;

    @Column(name = "amended_at", nullable = false)
    public Instant amendedAt;

    @Column(name = "amended_by", nullable = false)
    public String amendedBy;

    public static ItemAmendment record(UUID itemId, String reason, String changes, String amendedBy) {
        ItemAmendment amendment = new ItemAmendment();
        amendment.id = UUID.randomUUID();
        amendment.itemId = itemId;
        amendment.reason = reason.strip();
        amendment.changes = changes;
        amendment.amendedAt = Instant.now();
        amendment.amendedBy = amendedBy;
        amendment.persist();
        return amendment;
    }

    public static List<ItemAmendment> listForItems(List<UUID> itemIds) {
        return itemIds.isEmpty() ? List.of() : list("itemId in ?1 order by amendedAt, id", itemIds);
    }

    public static List<ItemAmendment> listForItem(UUID itemId) {
        return list("itemId = ?1 order by amendedAt, id", itemId);
    }
}
