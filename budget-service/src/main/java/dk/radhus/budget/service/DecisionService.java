package dk.radhus.budget.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.FollowUpTransition;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.inbox.PoisonMessageException;

/**
 * Acts on committee decisions about budget objects. A decision approving (or noting) a submitted follow-up approves
 * it; an approving decision on a requested supplementary appropriation books it as a ledger entry citing the decision,
 * at most once per request; a rejection is recorded as such. A reference to something unknown is a poison message.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, DecisionRecorded decision) {
        for (ObjectReference reference : decision.references()) {
            switch (reference.kind()) {
                case BUDGET_FOLLOW_UP -> onFollowUp(id(reference), decision);
                case APPROPRIATION_REQUEST -> onAppropriation(id(reference), decision);
                default -> LOG.debugf("Decision %s refers to %s, not a budget object", envelope.id(), reference.kind());
            }
        }
    }

    private void onFollowUp(UUID id, DecisionRecorded decision) {
        FollowUp followUp = FollowUp.byId(id)
                .orElseThrow(() -> new PoisonMessageException("Decision refers to unknown follow-up " + id));
        followUp.decisionOutcome = decision.outcome();
        followUp.decisionCase = decision.caseNumber();
        boolean approving = decision.outcome().approves() || decision.outcome() == DecisionOutcome.NOTED;
        if (approving && followUp.status == FollowUp.Status.SUBMITTED) {
            followUp.status = FollowUp.Status.APPROVED;
            followUp.approvedAt = Instant.now();
            FollowUpTransition.record(followUp, FollowUp.Status.SUBMITTED, "Beslutning: " + decision.decisionText(),
                    "udvalg " + decision.committeeCode());
        } else if (approving) {
            LOG.warnf("Decision on follow-up %s arrived while it is %s; outcome recorded only", id, followUp.status);
        }
    }

    private void onAppropriation(UUID lineId, DecisionRecorded decision) {
        FollowUpLine line = FollowUpLine.findLine(lineId).orElseThrow(() ->
                new PoisonMessageException("Decision refers to unknown appropriation request " + lineId));
        if (decision.outcome() == DecisionOutcome.REJECTED) {
            line.appropriationStatus = FollowUpLine.AppropriationStatus.REJECTED;
            return;
        }
        if (!decision.outcome().approves() || LedgerEntry.existsForAppropriation(lineId)) {
            return;
        }
        FollowUp followUp = FollowUp.byId(line.followUpId).orElseThrow();
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.policyAreaCode = line.policyAreaCode;
        entry.fiscalYear = followUp.fiscalYear;
        entry.kind = LedgerEntry.Kind.SUPPLEMENTARY;
        entry.amountKroner = line.requestedKroner;
        entry.entryDate = decision.decidedOn();
        entry.text = "Tillægsbevilling: " + decision.title();
        entry.meetingId = decision.meetingId();
        entry.meetingDate = decision.meetingDate();
        entry.itemNumber = decision.itemNumber();
        entry.caseNumber = decision.caseNumber();
        entry.appropriationLineId = lineId;
        entry.createdBy = "udvalg " + decision.committeeCode();
        entry.createdAt = Instant.now();
        entry.persist();
        line.appropriationStatus = FollowUpLine.AppropriationStatus.APPROVED;
    }

    private static UUID id(ObjectReference reference) {
        try {
            return UUID.fromString(reference.id());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("Reference id " + reference.id() + " is not a UUID");
        }
    }
}
