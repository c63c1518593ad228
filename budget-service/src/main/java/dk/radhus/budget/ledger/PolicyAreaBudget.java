package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;

/**
 * A policy area's budget for a year as one caller may see it, in kroner: the figures over its entries, and each entry
 * with its citation and the corrected budget after it, so the entries are the history of the corrected budget.
 */
public record PolicyAreaBudget(PolicyArea area, int fiscalYear, BudgetFigures figures, List<Entry> entries) {

    /** One ledger entry, cited as {@link Disclosure} allows, and the corrected budget after it. */
    public record Entry(LedgerEntry entry, Disclosure.Citation citation, BigDecimal correctedAfter) {
    }
}
