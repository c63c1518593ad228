package dk.radhus.portal.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import dk.radhus.portal.strategy.Strategy;

/**
 * A committee's budget status as the overview prints it: the spend percentage next to the share of the year that had
 * passed at the follow-up's cut-off date, so "87 % spent by 31 March" reads as far ahead of the calendar.
 */
public record BudgetStatusRow(Strategy.BudgetStatus status, BigDecimal yearPassedPercentage,
        BigDecimal aheadOfCalendarPoints) {

    public static BudgetStatusRow of(Strategy.BudgetStatus status) {
        BigDecimal passed = yearPassed(status.cutOffDate());
        BigDecimal ahead = status.spendPercentage() == null || passed == null ? null
                : status.spendPercentage().subtract(passed).setScale(1, RoundingMode.HALF_UP);
        return new BudgetStatusRow(status, passed, ahead);
    }

    /** The share of the calendar year up to and including {@code cutOff}, in percent with one decimal. */
    static BigDecimal yearPassed(LocalDate cutOff) {
        if (cutOff == null) {
            return null;
        }
        return BigDecimal.valueOf(cutOff.getDayOfYear() * 100L)
                .divide(BigDecimal.valueOf(cutOff.lengthOfYear()), 1, RoundingMode.HALF_UP);
    }

    /** "Mindreforbrug" for a positive deviation (budget − forecast), "Merforbrug" for a negative one. */
    public String deviationWord() {
        if (status.forecastDeviation() == null) {
            return "";
        }
        return switch (status.forecastDeviation().signum()) {
            case 1 -> "Mindreforbrug";
            case -1 -> "Merforbrug";
            default -> "Ingen afvigelse";
        };
    }

    /** Whether spending runs ahead of the calendar (more spent than the share of the year passed). */
    public boolean ahead() {
        return aheadOfCalendarPoints != null && aheadOfCalendarPoints.signum() > 0;
    }
}
