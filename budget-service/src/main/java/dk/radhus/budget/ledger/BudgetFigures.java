package dk.radhus.budget.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dk.radhus.budget.LedgerEntry;

/**
 * A policy area's budget for a year, derived from its ledger entries (never stored): original (1), supplementary
 * appropriations (2), transfers (3) and corrected budget (4) = 1+2+3. All in kroner. {@code carriedOver} is the part of
 * the supplementary appropriations that is overførsler carried in from the year before, which the published tables
 * and BudgetChanged show apart.
 */
public record BudgetFigures(BigDecimal original, BigDecimal supplementary, BigDecimal transfers,
        BigDecimal carriedOver) {

    public static final BudgetFigures ZERO = new BudgetFigures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public BigDecimal corrected() {
        return original.add(supplementary).add(transfers);
    }

    /** Tillægsbevillinger without overførsler. */
    public BigDecimal appropriations() {
        return supplementary.subtract(carriedOver);
    }

    public BudgetFigures plus(LedgerEntry entry) {
        return switch (entry.kind) {
            case ORIGINAL -> new BudgetFigures(original.add(entry.amountKroner), supplementary, transfers, carriedOver);
            case SUPPLEMENTARY -> new BudgetFigures(original, supplementary.add(entry.amountKroner), transfers,
                    entry.carriedFromYear == null ? carriedOver : carriedOver.add(entry.amountKroner));
            case TRANSFER -> new BudgetFigures(original, supplementary, transfers.add(entry.amountKroner), carriedOver);
        };
    }

    public BudgetFigures plus(BudgetFigures other) {
        return new BudgetFigures(original.add(other.original), supplementary.add(other.supplementary),
                transfers.add(other.transfers), carriedOver.add(other.carriedOver));
    }

    /** All entries of the year. */
    public static BudgetFigures of(List<LedgerEntry> entries) {
        BudgetFigures figures = ZERO;
        for (LedgerEntry entry : entries) {
            figures = figures.plus(entry);
        }
        return figures;
    }

    /** The budget as it stood on {@code date}: the original budget plus the changes dated on or before it. */
    public static BudgetFigures asOf(List<LedgerEntry> entries, LocalDate date) {
        BudgetFigures figures = ZERO;
        for (LedgerEntry entry : entries) {
            if (entry.kind == LedgerEntry.Kind.ORIGINAL || !entry.entryDate.isAfter(date)) {
                figures = figures.plus(entry);
            }
        }
        return figures;
    }
}
