package dk.radhus.strategy.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.inbox.PoisonMessageException;
import dk.radhus.strategy.Approval;
import dk.radhus.strategy.GrowthAccount;
import dk.radhus.strategy.Policy;
import dk.radhus.strategy.QualityContractFollowUp;
import dk.radhus.strategy.rest.ApprovalResponse;

/**
 * Records meeting decisions on strategy objects. ACTION_PLAN refers to a policy id, GROWTH_ACCOUNT to a growth
 * account id, QUALITY_CONTRACT_FOLLOW_UP to a follow-up report id. Other reference kinds belong to other services.
 */
@ApplicationScoped
public class ApprovalService {

    static final String CONSUMER_ACTOR = "event:DecisionRecorded";
    private static final Logger LOG = Logger.getLogger(ApprovalService.class);

    private final AuditLog audit;

    public ApprovalService(AuditLog audit) {
        this.audit = audit;
    }

    /** Applies a decision; an unknown referenced object makes the whole event poison. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, DecisionRecorded decision) {
        for (ObjectReference reference : decision.references()) {
            if (!ours(reference.kind())) {
                continue;
            }
            if (!exists(reference)) {
                throw new PoisonMessageException("Unknown " + reference.kind() + " " + reference.id()
                        + " in decision " + envelope.id());
            }
            if (Approval.exists(reference.kind(), reference.id(), decision.itemId())) {
                LOG.infof("Decision on item %s already recorded on %s %s", decision.itemId(), reference.kind(), reference.id());
                continue;
            }
            record(reference, decision);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApprovalResponse> of(ObjectReference.Kind kind, String objectId) {
        return Approval.of(kind, objectId).stream().map(ApprovalResponse::of).toList();
    }

    private void record(ObjectReference reference, DecisionRecorded decision) {
        Approval approval = new Approval();
        approval.id = UUID.randomUUID();
        approval.objectKind = reference.kind();
        approval.objectId = reference.id();
        approval.itemId = decision.itemId();
        approval.meetingId = decision.meetingId();
        approval.meetingDate = decision.meetingDate();
        approval.committeeCode = decision.committeeCode();
        approval.caseNumber = decision.caseNumber();
        approval.decisionText = decision.decisionText();
        approval.outcome = decision.outcome();
        approval.decidedOn = decision.decidedOn();
        approval.confidential = decision.confidential();
        approval.recordedAt = Instant.now();
        approval.persist();
        audit.record(CONSUMER_ACTOR, "DECISION", reference.kind().name(), reference.id(),
                decision.committeeCode() + " " + decision.decidedOn() + ": " + decision.outcome());
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
