package dk.radhus.budget;

import java.math.BigDecimal;

import dk.radhus.platform.events.AmountUnit;

/**
 * Exact conversion between kroner (how amounts are stored) and the unit a figure set is stated in. The units are
 * powers of ten, so both directions are exact: nothing is rounded here. Sign convention: expenses positive, income
 * negative.
 */
public final class Amounts {

    private Amounts() {
    }

    public static BigDecimal toKroner(BigDecimal amount, AmountUnit unit) {
        return normalise(amount.multiply(unit.kroner()));
    }

    public static BigDecimal fromKroner(BigDecimal kroner, AmountUnit unit) {
        return normalise(kroner.divide(unit.kroner()));
    }

    /** The same value without trailing zeros and never in exponent notation (355000 → 355000, 353.000 → 353). */
    public static BigDecimal normalise(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
