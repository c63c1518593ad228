package dk.radhus.budget.accounts;

import java.math.BigDecimal;

/**
 * The chart of accounts' economic classification (artsinddelingen) as the Fiscal Data Package needs it: the hovedart
 * of an art, and whether an amount is expenditure or revenue. Hovedart 7 (indtægter), 8 (finansindtægter) and art 9.7
 * (interne indtægter) are revenue whatever their sign, so a correction of income stays income; every other art is
 * expenditure. A line without an art follows the municipal sign convention: negative is revenue.
 */
public final class EconomicClassification {

    static final String EXPENDITURE = "expenditure";
    static final String REVENUE = "revenue";

    private EconomicClassification() {
    }

    /** The hovedart ({@code 5} of {@code 5.9}), or "" without an art. */
    static String mainType(String type) {
        return type == null || type.isEmpty() ? "" : type.substring(0, 1);
    }

    static String direction(String type, BigDecimal kroner) {
        if (type == null || type.isEmpty()) {
            return kroner.signum() < 0 ? REVENUE : EXPENDITURE;
        }
        return type.startsWith("7") || type.startsWith("8") || type.equals("9.7") ? REVENUE : EXPENDITURE;
    }
}
