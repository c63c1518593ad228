package dk.radhus.budget.decision;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import dk.radhus.budget.DecidedItem;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.FollowUpTransition;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.followup.FollowUpService;
import dk.radhus.budget.ledger.BudgetChanges;
import dk.radhus.budget.ledger.LedgerService;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.DecisionRecorded;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.ItemVisibilityChanged;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.inbox.PoisonMessageException;

/**
 * Acts on committee decisions about budget objects, converging on the item's latest decision. A decision is applied
 * only when its version is newer than the one held, so a duplicate or late event changes nothing. An approving (or
 * noting) decision approves a submitted follow-up; a corrected one puts it back to submitted. An approving decision on
 * a requested supplementary appropriation books it as a ledger entry citing the item; a correction away from approval
 * books a reversing entry, and a new approval books again: the ledger stays append-only and the sum of a request's
 * entries is always what its latest decision grants. A reference to something unknown is a poison message.
 * Every change is audited; the inbox runs this as the event, so the event is the entry's actor.
 */
@ApplicationScoped
public class DecisionService {

    private static final Logger LOG = Logger.getLogger(DecisionService.class);

    private final BudgetChanges changes;
    private final Audit audit;

    public DecisionService(BudgetChanges changes, Audit audit) {
        this.changes = changes;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, DecisionRecorded decision) {
        DecidedItem item = DecidedItem.findForUpdate(decision.itemId()).orElse(null);
        Map<String, Object> before = item == null ? null : values(item);
        if (item == null) {
            item = new DecidedItem();
            item.itemId = decision.itemId();
        } else if (decision.itemVersion() <= item.decisionVersion) {
            item.visibility.apply(decision.visibility(), decision.itemVersion());
            LOG.infof("Decision %s on item %s is version %d; version %d is already applied", envelope.id(),
                    decision.itemId(), decision.itemVersion(), item.decisionVersion);
            return;
        }
        copy(decision, item);
        item.visibility.apply(decision.visibility(), decision.itemVersion());
        item.persist();
        audit.record("decision.recorded", "DecidedItem", item.itemId, before, values(item));
        for (ObjectReference reference : decision.references()) {
            switch (reference.kind()) {
                case BUDGET_FOLLOW_UP -> onFollowUp(id(reference), item);
                case APPROPRIATION_REQUEST -> onAppropriation(id(reference), item);
                default -> LOG.debugf("Decision %s refers to %s, not a budget object", envelope.id(), reference.kind());
            }
        }
    }

    /** Applies what the public may see of an item to every copy of it; an item without a copy here is not ours. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, ItemVisibilityChanged change) {
        DecidedItem.findForUpdate(change.itemId())
                .filter(item -> item.visibility.apply(change.visibility(), change.itemVersion()))
                .ifPresent(item -> item.updatedAt = Instant.now());
    }

    private static void copy(DecisionRecorded decision, DecidedItem item) {
        item.meetingId = decision.meetingId();
        item.committeeCode = decision.committeeCode();
        item.meetingDate = decision.meetingDate();
        item.itemNumber = decision.itemNumber();
        item.caseNumber = decision.caseNumber();
        item.title = decision.title();
        item.decisionText = decision.decisionText();
        item.outcome = decision.outcome();
        item.decidedOn = decision.decidedOn();
        item.decisionVersion = decision.itemVersion();
        item.updatedAt = Instant.now();
    }

    private void onFollowUp(UUID id, DecidedItem item) {
        FollowUp followUp = FollowUp.byId(id)
                .orElseThrow(() -> new PoisonMessageException("Decision refers to unknown follow-up " + id));
        boolean approving = item.outcome.approves() || item.outcome == DecisionOutcome.NOTED;
        Map<String, Object> before = values(followUp);
        followUp.decisionOutcome = item.outcome;
        followUp.decisionCase = item.caseNumber;
        followUp.decisionItemId = item.itemId;
        String by = "udvalg " + item.committeeCode;
        if (approving && followUp.status == FollowUp.Status.SUBMITTED) {
            followUp.status = FollowUp.Status.APPROVED;
            followUp.approvedAt = Instant.now();
            FollowUpTransition.record(followUp, FollowUp.Status.SUBMITTED, "Beslutning: " + item.decisionText, by,
                    item.itemId);
            changes.committeeChanged(followUp.committeeCode, followUp.fiscalYear,
                    BudgetChanged.Cause.FOLLOW_UP_APPROVED, followUp.id);
        } else if (!approving && followUp.status == FollowUp.Status.APPROVED) {
            followUp.status = FollowUp.Status.SUBMITTED;
            followUp.approvedAt = null;
            FollowUpTransition.record(followUp, FollowUp.Status.APPROVED,
                    "Beslutningen er ændret: " + item.decisionText, by, item.itemId);
        } else if (approving && followUp.status != FollowUp.Status.APPROVED) {
            LOG.warnf("Decision on follow-up %s arrived while it is %s; outcome recorded only", id, followUp.status);
        }
        audit.record("follow-up.decided", "FollowUp", followUp.id, before, values(followUp));
    }

    private void onAppropriation(UUID lineId, DecidedItem item) {
        FollowUpLine line = FollowUpLine.findLine(lineId).orElseThrow(() ->
                new PoisonMessageException("Decision refers to unknown appropriation request " + lineId));
        FollowUp followUp = FollowUp.byId(line.followUpId).orElseThrow();
        Map<String, Object> before = FollowUpService.values(line);
        line.decisionItemId = item.itemId;
        line.appropriationStatus = item.outcome.approves() ? FollowUpLine.AppropriationStatus.APPROVED
                : item.outcome == DecisionOutcome.REJECTED ? FollowUpLine.AppropriationStatus.REJECTED
                : FollowUpLine.AppropriationStatus.REQUESTED;
        audit.record("appropriation.decided", "FollowUpLine", line.id, before, FollowUpService.values(line));
        List<LedgerEntry> entries = LedgerEntry.listForAppropriation(lineId);
        BigDecimal booked = entries.stream().map(e -> e.amountKroner).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean granted = item.outcome.approves();
        if (granted && booked.signum() == 0) {
            LedgerEntry entry = entry(line, followUp, item, line.requestedKroner, "Tillægsbevilling: " + item.title);
            entry.persist();
            audit.record("ledger.entry-added", "LedgerEntry", entry.id, null, LedgerService.auditValues(entry));
            changes.areaChanged(line.policyAreaCode, followUp.fiscalYear, BudgetChanged.Cause.APPROPRIATION_BOOKED,
                    entry.id);
        } else if (!granted && booked.signum() != 0) {
            LedgerEntry reversal = entry(line, followUp, item, booked.negate(),
                    "Tilbageførsel af tillægsbevilling: " + item.title + " (beslutningen er ændret)");
            reversal.reverses = entries.get(entries.size() - 1).id;
            reversal.persist();
            audit.record("ledger.entry-added", "LedgerEntry", reversal.id, null, LedgerService.auditValues(reversal));
            changes.areaChanged(line.policyAreaCode, followUp.fiscalYear, BudgetChanged.Cause.APPROPRIATION_REVERSED,
                    reversal.id);
        }
    }

    private static Map<String, Object> values(DecidedItem item) {
        return Audit.values("decisionVersion", item.decisionVersion, "committeeCode", item.committeeCode,
                "caseNumber", item.caseNumber, "outcome", item.outcome, "decidedOn", item.decidedOn);
    }

    private static Map<String, Object> values(FollowUp followUp) {
        return Audit.values("status", followUp.status, "decisionOutcome", followUp.decisionOutcome,
                "decisionCase", followUp.decisionCase, "decisionItemId", followUp.decisionItemId);
    }

    private static LedgerEntry entry(FollowUpLine line, FollowUp followUp, DecidedItem item, BigDecimal kroner,
            String text) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.policyAreaCode = line.policyAreaCode;
        entry.fiscalYear = followUp.fiscalYear;
        entry.kind = LedgerEntry.Kind.SUPPLEMENTARY;
        entry.amountKroner = kroner;
        entry.entryDate = item.decidedOn;
        entry.text = text;
        entry.meetingId = item.meetingId;
        entry.meetingDate = item.meetingDate;
        entry.itemNumber = item.itemNumber;
        entry.caseNumber = item.caseNumber;
        entry.appropriationLineId = line.id;
        entry.itemId = item.itemId;
        entry.itemVersion = item.decisionVersion;
        entry.createdBy = "udvalg " + item.committeeCode;
        entry.createdAt = Instant.now();
        return entry;
    }

    private static UUID id(ObjectReference reference) {
        try {
            return UUID.fromString(reference.id());
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("Reference id " + reference.id() + " is not a UUID");
        }
    }
}
