package dk.radhus.budget.accounts;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.ledger.BudgetFigures;

/**
 * A year's accounts result (Resultat) for a set of policy areas, in kroner: budget (1)-(4), accounts (5) and deviation (6) = 4-5;
 * a positive deviation is an underspend (mindreforbrug), a negative one an overspend (merforbrug).
 */
public record AccountsResult(int fiscalYear, List<Line> lines, Line totals) {

    /**
     * One policy area; {@code area} is null on the totals line. {@code carriedForward} is the overførsel booked into
     * the next year from this year's deviation (0 when none).
     */
    public record Line(PolicyArea area, BudgetFigures budget, BigDecimal accounts, boolean hasAccounts,
            BigDecimal carriedForward) {

        public BigDecimal deviation() {
            return budget.corrected().subtract(accounts);
        }

        /** What is left of the deviation once the overførsel to the next year is taken out. */
        public BigDecimal deviationAfterCarryForward() {
            return deviation().subtract(carriedForward);
        }

        Line plus(Line other) {
            return new Line(null, budget.plus(other.budget), accounts.add(other.accounts),
                    hasAccounts || other.hasAccounts, carriedForward.add(other.carriedForward));
        }
    }

    static Line emptyTotal() {
        return new Line(null, BudgetFigures.ZERO, BigDecimal.ZERO, false, BigDecimal.ZERO);
    }
}
