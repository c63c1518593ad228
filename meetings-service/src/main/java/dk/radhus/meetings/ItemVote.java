package dk.radhus.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The vote on an agenda item (afstemning): unanimous, or for / against / abstaining per party or person; with minority
 * statements, notes to the minutes, conflicts of interest and members who left.
 */
@Entity
@Table(name = "item_vote")
public class ItemVote extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public boolean unanimous;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_vote_line", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<VoteLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_vote_note", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<VoteNote> notes = new ArrayList<>();

    public static List<ItemVote> listForItems(List<UUID> itemIds) {
        return itemIds.isEmpty() ? List.of() : list("itemId in ?1", itemIds);
    }
}
