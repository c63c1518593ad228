package dk.radhus.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A state change of a follow-up: who, when and (for a reopening) why. */
@Entity
@Table(name = "follow_up_transition")
public class FollowUpTransition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "follow_up_id", nullable = false)
    public UUID followUpId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    public FollowUp.Status fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    public FollowUp.Status toStatus;

    public String reason;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The agenda item whose decision made the change; views follow its visibility. */
    @Column(name = "item_id")
    public UUID itemId;

    public static void record(FollowUp followUp, FollowUp.Status from, String reason, String by) {
        record(followUp, from, reason, by, null);
    }

    public static void record(FollowUp followUp, FollowUp.Status from, String reason, String by, UUID itemId) {
        FollowUpTransition transition = new FollowUpTransition();
        transition.itemId = itemId;
        transition.id = UUID.randomUUID();
        transition.followUpId = followUp.id;
        transition.fromStatus = from;
        transition.toStatus = followUp.status;
        transition.reason = reason;
        transition.changedBy = by;
        transition.changedAt = Instant.now();
        transition.persist();
    }

    public static List<FollowUpTransition> listFor(UUID followUpId) {
        return list("followUpId = ?1 order by changedAt", followUpId);
    }
}
