package dk.radhus.budget;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.HeldDecision;

/**
 * An agenda item whose decision acts on budget objects, as meetings-service last reported it: the decision and what
 * the public may see of the item (versions in {@link HeldDecision}). Ledger entries, follow-ups and their lines cite it.
 */
@Entity
@Table(name = "decided_item")
public class DecidedItem extends HeldDecision {

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(name = "committee_code", nullable = false)
    public String committeeCode;

    @Column(name = "meeting_date", nullable = false)
    public LocalDate meetingDate;

    @Column(name = "item_number", nullable = false)
    public int itemNumber;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(nullable = false)
    public String title;

    @Column(name = "decision_text", nullable = false)
    public String decisionText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DecisionOutcome outcome;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The item, locked: the events of one item are applied one at a time. */
    public static Optional<DecidedItem> findForUpdate(UUID itemId) {
        return find("itemId", itemId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static Map<UUID, DecidedItem> byIds(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<DecidedItem> items = list("itemId in ?1", itemIds);
        return items.stream().collect(Collectors.toMap(i -> i.itemId, Function.identity()));
    }
}
