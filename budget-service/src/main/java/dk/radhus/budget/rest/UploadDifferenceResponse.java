package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.detail.UploadDifference;
import dk.radhus.platform.events.AmountUnit;

/** The difference from upload {@code from} to upload {@code to} per policy area and function, in {@code unit}. */
public record UploadDifferenceResponse(UUID from, UUID to, AmountUnit unit, List<Area> areas) {

    /** A policy area's amount in each upload and the difference (to − from). */
    public record Area(String policyAreaCode, BigDecimal from, BigDecimal to, BigDecimal difference,
            List<Function> functions) {
    }

    /** A function's amount in each upload and the difference (to − from). */
    public record Function(String function, BigDecimal from, BigDecimal to, BigDecimal difference) {
    }

    static UploadDifferenceResponse of(UploadDifference difference, AmountUnit unit) {
        return new UploadDifferenceResponse(difference.from(), difference.to(), unit, difference.areas().stream()
                .map(a -> new Area(a.policyAreaCode(), Amounts.fromKroner(a.fromKroner(), unit),
                        Amounts.fromKroner(a.toKroner(), unit), Amounts.fromKroner(a.differenceKroner(), unit),
                        a.functions().stream().map(f -> new Function(f.function(),
                                Amounts.fromKroner(f.fromKroner(), unit), Amounts.fromKroner(f.toKroner(), unit),
                                Amounts.fromKroner(f.differenceKroner(), unit))).toList()))
                .toList());
    }
}
