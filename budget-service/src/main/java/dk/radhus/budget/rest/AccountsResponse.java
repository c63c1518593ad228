package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.accounts.AccountsResult;
import dk.radhus.platform.events.AmountUnit;

/**
 * A year's accounts in {@code unit}: per policy area the budget, the accounts and the deviation (corrected budget −
 * accounts), named UNDERSPEND (mindreforbrug) when positive and OVERSPEND (merforbrug) when negative.
 */
public record AccountsResponse(int fiscalYear, AmountUnit unit, List<Line> lines, Line totals) {

    /** One policy area, or the totals (code null). */
    public record Line(String policyAreaCode, String policyAreaName, BigDecimal originalBudget,
            BigDecimal supplementaryAppropriations, BigDecimal transfers, BigDecimal correctedBudget,
            BigDecimal accounts, BigDecimal deviation, String deviationKind, String deviationLabel) {

        static Line of(AccountsResult.Line line, AmountUnit unit) {
            String kind = FollowUpResponse.deviationKind(line.deviation());
            return new Line(line.area() == null ? null : line.area().code,
                    line.area() == null ? "Hovedtotal" : line.area().name, in(line.budget().original(), unit),
                    in(line.budget().supplementary(), unit), in(line.budget().transfers(), unit),
                    in(line.budget().corrected(), unit), in(line.accounts(), unit), in(line.deviation(), unit), kind,
                    switch (kind) {
                        case "UNDERSPEND" -> "Mindreforbrug";
                        case "OVERSPEND" -> "Merforbrug";
                        default -> "Ingen afvigelse";
                    });
        }
    }

    public static AccountsResponse of(AccountsResult figures, AmountUnit unit) {
        return new AccountsResponse(figures.fiscalYear(), unit,
                figures.lines().stream().map(l -> Line.of(l, unit)).toList(), Line.of(figures.totals(), unit));
    }

    private static BigDecimal in(BigDecimal kroner, AmountUnit unit) {
        return Amounts.fromKroner(kroner, unit);
    }
}
