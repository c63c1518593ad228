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

import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.locks.AdvisoryLocks;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;

/**
 * An agenda item drafted from another service's aggregate (a budget follow-up, an action plan): its latest content,
 * and either pending (no planned meeting yet) or the item it became on a meeting. One per source aggregate.
 */
@Entity
@Table(name = "agenda_draft")
public class AgendaDraft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind", nullable = false)
    public ObjectReference.Kind sourceKind;

    @Column(name = "source_id", nullable = false)
    public String sourceId;

    /** The committee whose meeting takes the item; null for the directorate (any committee of kind DIRECTORATE). */
    @Column(name = "committee_code")
    public String committeeCode;

    /** Null while pending. */
    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "item_id")
    public UUID itemId;

    /** Who drafted it, e.g. "system:budget-service". */
    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemAccess access;

    /** When the source event that last changed the draft happened; an older event changes nothing. */
    @Column(name = "source_occurred_at")
    public Instant sourceOccurredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_draft_section", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemSection> sections = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agenda_draft_reference", joinColumns = @JoinColumn(name = "draft_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemReference> references = new ArrayList<>();

    public boolean pending() {
        return meetingId == null;
    }

    /** The drafts, oldest first: only pending ones if {@code pending}, only one committee's if it is given. */
    public static List<AgendaDraft> list(boolean pending, String committeeCode) {
        Parameters parameters = new Parameters();
        List<String> conditions = new ArrayList<>();
        if (pending) {
            conditions.add("meetingId is null");
        }
        if (committeeCode != null) {
            conditions.add("committeeCode = :committee");
            parameters.and("committee", committeeCode);
        }
        String where = conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ";
        return find(where + "order by createdAt, id", parameters).list();
    }

    /**
     * The draft of a source aggregate, locked for this transaction; the source is locked too (a transaction-level
     * advisory lock), also when it has no draft yet, so the next transaction for the source waits for this one and
     * finds the draft it made.
     */
    public static Optional<AgendaDraft> findForUpdate(ObjectReference.Kind sourceKind, String sourceId) {
        // The source's lock first: a row lock cannot hold back a transaction that finds no draft yet, so two replicas
        // drafting one source at once would otherwise both insert one, and the second would break the unique key.
        AdvisoryLocks.lock(getEntityManager(), "agenda-draft:" + sourceKind + ":" + sourceId);
        return find("sourceKind = ?1 and sourceId = ?2", sourceKind, sourceId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Pending drafts for a committee, or for the directorate when {@code directorate}; oldest first, locked. */
    public static List<AgendaDraft> pendingForUpdate(String committeeCode, boolean directorate) {
        String query = directorate ? "meetingId is null and (committeeCode = ?1 or committeeCode is null)"
                : "meetingId is null and committeeCode = ?1";
        return find(query + " order by createdAt, id", committeeCode)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** The drafts whose items are on a meeting, locked. */
    public static List<AgendaDraft> onMeetingForUpdate(UUID meetingId) {
        return find("meetingId = ?1 order by createdAt, id", meetingId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
