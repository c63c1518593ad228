package dk.radhus.budget.tables;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import dk.radhus.budget.Amounts;

/** Numbers and dates the way Danish municipal tables print them: 1.234,5 and 31/3-2011; a minus is a hyphen. */
public final class NumberFormats {

    private NumberFormats() {
    }

    /** The value with Danish separators, all its decimals kept. */
    public static String danish(BigDecimal value) {
        return format(Amounts.normalise(value));
    }

    /** The value rounded half up to {@code decimals} decimals, with Danish separators; -0 prints as 0. */
    public static String rounded(BigDecimal value, int decimals) {
        return format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static String format(BigDecimal normal) {
        String plain = normal.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        String fraction = point < 0 ? "" : "," + plain.substring(point + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (normal.signum() < 0 ? "-" : "") + grouped + fraction;
    }

    /** "31/3-2011". */
    public static String cutOff(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "-" + date.getYear();
    }
}
