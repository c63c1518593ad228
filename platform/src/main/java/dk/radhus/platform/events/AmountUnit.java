package dk.radhus.platform.events;

import java.math.BigDecimal;

/** The unit a set of amounts is stated in; municipal tables use DKK thousands (1.000 kr.). */
public enum AmountUnit {
    DKK(BigDecimal.ONE),
    DKK_THOUSANDS(BigDecimal.valueOf(1_000)),
    DKK_MILLIONS(BigDecimal.valueOf(1_000_000));

    private final BigDecimal kroner;

    AmountUnit(BigDecimal kroner) {
        this.kroner = kroner;
    }

    /** How many kroner one of this unit is. */
    public BigDecimal kroner() {
        return kroner;
    }
}
