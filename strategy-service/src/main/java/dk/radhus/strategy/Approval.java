package dk.radhus.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.ObjectReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a meeting's decision on an action plan, growth account or quality-contract follow-up. Every version
 * of an item's decision is kept; the one whose {@code itemVersion} is the item's newest decision is current, the
 * earlier ones are its history. What the public may see of it is kept once per item in {@link DecidedItem}.
 */
@Entity
@Table(name = "approval")
public class Approval extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "object_kind")
    public ObjectReference.Kind objectKind;

    @Column(name = "object_id")
    public String objectId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "item_version")
    public long itemVersion;

    @Column(name = "item_number")
    public Integer itemNumber;

    public String title;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    @Column(name = "committee_code")
    public String committeeCode;

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "decision_text")
    public String decisionText;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Every version of every decision on the object, oldest decision first, each item's versions in order. */
    public static List<Approval> of(ObjectReference.Kind kind, String objectId) {
        return list("objectKind = ?1 and objectId = ?2 order by decidedOn, itemId, itemVersion", kind, objectId);
    }
}
