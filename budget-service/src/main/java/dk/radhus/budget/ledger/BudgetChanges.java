package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dk.radhus.budget.AccountsFigure;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;

/**
 * Announces every change of a committee's budget for a year as BudgetChanged, in the transaction that made it, with
 * the committee's totals after the change, so strategy-service's budget status follows the ledger.
 */
@ApplicationScoped
public class BudgetChanges {

    private final Outbox outbox;
    private final EntityManager entityManager;

    public BudgetChanges(Outbox outbox, EntityManager entityManager) {
        this.outbox = outbox;
        this.entityManager = entityManager;
    }

    /** A policy area's budget or accounts changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void areaChanged(String policyAreaCode, int fiscalYear, BudgetChanged.Cause cause, UUID causeId) {
        PolicyArea area = PolicyArea.findById(policyAreaCode);
        changed(area.committeeCode, area.code, fiscalYear, cause, causeId);
    }

    /** The committee's budget as a whole changed (a follow-up approved, an upload of several areas' accounts). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void committeeChanged(String committeeCode, int fiscalYear, BudgetChanged.Cause cause, UUID causeId) {
        changed(committeeCode, null, fiscalYear, cause, causeId);
    }

    private void changed(String committeeCode, String policyAreaCode, int fiscalYear, BudgetChanged.Cause cause,
            UUID causeId) {
        long sequence = nextSequence(committeeCode, fiscalYear);
        BudgetFigures budget = BudgetFigures.of(LedgerEntry.listForCommittee(committeeCode, fiscalYear));
        BigDecimal accounts = AccountsFigure.listForCommittee(committeeCode, fiscalYear).stream()
                .map(figure -> figure.amountKroner).reduce(BigDecimal.ZERO, BigDecimal::add);
        outbox.publish(Topics.BUDGET_FOLLOW_UPS, new BudgetChanged(committeeCode, fiscalYear, sequence,
                policyAreaCode, budget.original(), budget.appropriations(), budget.transfers(), budget.corrected(),
                accounts, cause, causeId, budget.carriedOver()));
    }

    /**
     * Moves the committee's sequence for the year on. The row stays locked until commit, so a concurrent change of the
     * same committee's budget waits, then reads this one's entries: each event's totals include every earlier one.
     */
    private long nextSequence(String committeeCode, int fiscalYear) {
        return ((Number) entityManager.createNativeQuery("""
                INSERT INTO committee_budget_sequence (committee_code, fiscal_year, sequence) VALUES (:committee, :year, 1)
                ON CONFLICT (committee_code, fiscal_year)
                DO UPDATE SET sequence = committee_budget_sequence.sequence + 1
                RETURNING sequence
                """).setParameter("committee", committeeCode).setParameter("year", fiscalYear).getSingleResult())
                .longValue();
    }
}
