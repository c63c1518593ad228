package dk.radhus.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A drafted change to an item whose agenda is already published (ændringsforslag): the new title, sections and
 * references, and the names of the fields they would change. The secretary accepts it (an amendment) or rejects it.
 */
@Entity
@Table(name = "item_proposal")
public class ItemProposal extends PanacheEntityBase {

    /** Where a proposal stands; a newer proposal for the same item supersedes a pending one. */
    public enum Status {
        PENDING, ACCEPTED, REJECTED, SUPERSEDED
    }

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** The names of the fields the proposal would change, comma-separated. */
    @Column(nullable = false)
    public String changes;

    @Column(nullable = false)
    public String title;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decision_reason")
    public String decisionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_proposal_section", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemSection> sections = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_proposal_reference", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemReference> references = new ArrayList<>();

    public static List<ItemProposal> listForItem(UUID itemId) {
        return list("itemId = ?1 order by proposedAt, id", itemId);
    }

    public static List<ItemProposal> pendingForUpdate(UUID itemId) {
        return find("itemId = ?1 and status = ?2", itemId, Status.PENDING)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public static Optional<ItemProposal> findForUpdate(UUID itemId, UUID proposalId) {
        return find("id = ?1 and itemId = ?2", proposalId, itemId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
