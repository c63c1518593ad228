package dk.radhus.strategy.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.ItemVisibility;
import dk.radhus.platform.events.ItemVisibilityChanged;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.inbox.PoisonMessageException;
import dk.radhus.strategy.Approval;
import dk.radhus.strategy.DecidedItem;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.Policy;
import dk.radhus.strategy.QualityContractFollowUp;

/**
 * Records meeting decisions on strategy objects. ACTION_PLAN refers to a policy id, GROWTH_ACCOUNT to a growth
 * account id, QUALITY_CONTRACT_FOLLOW_UP to a follow-up report id. Other reference kinds belong to other services.
 * <p>
 * A decision may be corrected until the minutes are approved, and every event about an item carries a version that
 * only grows. A decision is applied only when its version is newer than the newest held for the item, so a duplicate
 * or a late older event never rolls a correction back; the earlier versions stay as history.
 */
@ApplicationScoped
public class ApprovalService {

    private static final Logger LOG = Logger.getLogger(ApprovalService.class);

    private final Audit audit;

    public ApprovalService(Audit audit) {
        this.audit = audit;
    }

    /** One version of a decision on an object, with what the public may see of its item and whether it is current. */
    public record Recorded(Approval approval, ItemVisibility visibility, boolean current) {
    }

    /** Applies a decision; an unknown referenced object makes the whole event poison. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyDecision(EventEnvelope envelope, DecisionRecorded decision) {
        List<ObjectReference> ours = decision.references().stream().filter(r -> ours(r.kind())).toList();
        for (ObjectReference reference : ours) {
            if (!exists(reference)) {
                throw new PoisonMessageException("Unknown " + reference.kind() + " " + reference.id()
                        + " in decision " + envelope.id());
            }
        }
        DecidedItem item = DecidedItem.findById(decision.itemId());
        if (item == null && ours.isEmpty()) {
            return;
        }
        if (item != null && decision.itemVersion() <= item.decisionVersion) {
            LOG.infof("Decision version %d on item %s ignored: version %d is held", decision.itemVersion(),
                    decision.itemId(), item.decisionVersion);
            return;
        }
        if (item == null) {
            item = new DecidedItem();
            item.itemId = decision.itemId();
        }
        // A correction may drop a reference: the object's earlier approval then stays as history with none current.
        item.decisionVersion = decision.itemVersion();
        item.visibility.apply(decision.visibility(), decision.itemVersion());
        item.updatedAt = Instant.now();
        item.persist();
        ours.forEach(reference -> record(reference, decision));
    }

    /** Applies a change of what the public may see of an item; an item nothing is held about is no concern here. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyVisibility(EventEnvelope envelope, ItemVisibilityChanged change) {
        DecidedItem item = DecidedItem.findById(change.itemId());
        if (item == null) {
            return;
        }
        if (!item.visibility.apply(change.visibility(), change.itemVersion())) {
            LOG.infof("Visibility version %d of item %s ignored: version %d is held", change.itemVersion(),
                    change.itemId(), item.visibility.version);
            return;
        }
        item.updatedAt = Instant.now();
    }

    /** Every version of every decision on the object, with its item's visibility; whom to show what is the caller's rule. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recorded> of(ObjectReference.Kind kind, String objectId) {
        List<Approval> approvals = Approval.of(kind, objectId);
        Map<UUID, DecidedItem> items = DecidedItem.byId(approvals.stream().map(a -> a.itemId).distinct().toList());
        return approvals.stream().map(a -> {
            DecidedItem item = items.get(a.itemId);
            return new Recorded(a, item.visibility.current(), a.itemVersion == item.decisionVersion);
        }).toList();
    }

    private void record(ObjectReference reference, DecisionRecorded decision) {
        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.objectKind = reference.kind();
        approval.objectId = reference.id();
        approval.itemId = decision.itemId();
        approval.itemVersion = decision.itemVersion();
        approval.itemNumber = decision.itemNumber();
        approval.title = decision.title();
        approval.meetingId = decision.meetingId();
        approval.meetingDate = decision.meetingDate();
        approval.committeeCode = decision.committeeCode();
        approval.caseNumber = decision.caseNumber();
        approval.decisionText = decision.decisionText();
        approval.outcome = decision.outcome();
        approval.decidedOn = decision.decidedOn();
        approval.recordedAt = Instant.now();
        approval.persist();
        // Recorded under the approved object, so its trail shows its decisions; the inbox sets the event as actor.
        audit.record("decision.recorded", objectType(reference.kind()), reference.id(), null,
                AuditValues.approval(approval));
    }

    private static String objectType(ObjectReference.Kind kind) {
        return switch (kind) {
            case ACTION_PLAN -> "Policy";
            case GROWTH_ACCOUNT -> "GrowthAccount";
            case QUALITY_CONTRACT_FOLLOW_UP -> "QualityContractFollowUp";
            default -> kind.name();
        };
    }

    private static boolean ours(ObjectReference.Kind kind) {
        return kind == ObjectReference.Kind.ACTION_PLAN || kind == ObjectReference.Kind.GROWTH_ACCOUNT
                || kind == ObjectReference.Kind.QUALITY_CONTRACT_FOLLOW_UP;
    }

    private static boolean exists(ObjectReference reference) {
        UUID id;
        try {
            id = UUID.fromString(reference.id());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return switch (reference.kind()) {
            case ACTION_PLAN -> Policy.findByIdOptional(id).isPresent();
            case GROWTH_ACCOUNT -> GrowthAccount.findByIdOptional(id).isPresent();
            case QUALITY_CONTRACT_FOLLOW_UP -> QualityContractFollowUp.findByIdOptional(id).isPresent();
            default -> false;
        };
    }
}
