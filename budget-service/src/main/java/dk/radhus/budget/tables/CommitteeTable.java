package dk.radhus.budget.tables;

import java.math.BigDecimal;
import java.util.List;

import dk.radhus.budget.Amounts;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.text.DanishFormat;

/**
 * A committee table exactly as the agenda prints it: every cell already formatted (Danish separators, "-" for a
 * spend percentage that means nothing). The same table is rendered as JSON, CSV and an HTML fragment.
 */
public record CommitteeTable(String title, AmountUnit unit, String unitLabel, List<String> columns, List<Row> rows) {

    /** What a row is: the unit line under the header, a section heading (Drift), a policy area, or a total. */
    public enum RowKind {
        UNIT, SECTION, LINE, TOTAL
    }

    /** One printed row; section and unit rows carry their text in the first cell and leave the others empty. */
    public record Row(RowKind kind, List<String> cells) {
    }

    public static String unitLabel(AmountUnit unit) {
        return switch (unit) {
            case DKK -> "Kroner";
            case DKK_THOUSANDS -> "1.000 kroner";
            case DKK_MILLIONS -> "Mio. kroner";
        };
    }

    /** Decimals a table prints in the unit: whole kroner and thousands, millions with one decimal. */
    public static int decimals(AmountUnit unit) {
        return unit == AmountUnit.DKK_MILLIONS ? 1 : 0;
    }

    /** An amount in kroner as a cell in {@code unit}: rounded half up to the unit's decimals, Danish separators. */
    public static String money(BigDecimal kroner, AmountUnit unit) {
        return DanishFormat.fixed(Amounts.fromKroner(kroner, unit), decimals(unit));
    }
}
