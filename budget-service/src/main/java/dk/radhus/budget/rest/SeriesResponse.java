package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.accounts.SeriesService;
import dk.radhus.platform.events.AmountUnit;

/** A policy area's figures year by year in {@code unit}; accounts and deviation are null for years without accounts. */
public record SeriesResponse(String policyAreaCode, AmountUnit unit, List<Year> years) {

    /** One fiscal year. */
    public record Year(int year, BigDecimal originalBudget, BigDecimal correctedBudget, BigDecimal accounts,
            BigDecimal deviation) {
    }

    static SeriesResponse of(String code, List<SeriesService.Point> points, AmountUnit unit) {
        return new SeriesResponse(code, unit, points.stream().map(p -> new Year(p.year(),
                Amounts.fromKroner(p.budget().original(), unit), Amounts.fromKroner(p.budget().corrected(), unit),
                p.accounts() == null ? null : Amounts.fromKroner(p.accounts(), unit),
                p.accounts() == null ? null
                        : Amounts.fromKroner(p.budget().corrected().subtract(p.accounts()), unit))).toList());
    }
}
