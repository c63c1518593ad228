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

/** A decision from a meeting on an action plan, growth account or quality-contract follow-up. */
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

    /** A closed item (lukket sag): its decision text is not shown. */
    public boolean confidential;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<Approval> of(ObjectReference.Kind kind, String objectId) {
        return list("objectKind = ?1 and objectId = ?2 order by decidedOn", kind, objectId);
    }

    public static boolean exists(ObjectReference.Kind kind, String objectId, UUID itemId) {
        return count("objectKind = ?1 and objectId = ?2 and itemId = ?3", kind, objectId, itemId) > 0;
    }
}
