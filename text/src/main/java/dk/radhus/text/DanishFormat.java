package dk.radhus.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates the way Danish municipal tables and agenda texts write them: "1.234,5", "-25" (a minus is a
 * hyphen), "353.000 kr.", "31/3-2011" and "16. december 2019". The separators are written by hand rather than by
 * {@code DecimalFormat}, so they do not depend on the JDK's locale data and a table of many cells formats cheaply.
 */
public final class DanishFormat {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", DANISH);

    private DanishFormat() {
    }

    /** The value with Danish separators, every decimal kept and trailing zeros dropped: 1234.50 → "1.234,5". */
    public static String number(BigDecimal value) {
        return separated(normalised(value));
    }

    /** The value rounded half up to exactly {@code decimals} decimals: (2.5, 0) → "3", (-0.4, 0) → "0". */
    public static String fixed(BigDecimal value, int decimals) {
        return separated(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** The value rounded half up to at most {@code decimals} decimals, trailing zeros dropped: (2.50, 2) → "2,5". */
    public static String atMost(BigDecimal value, int decimals) {
        return separated(normalised(value.setScale(decimals, RoundingMode.HALF_UP)));
    }

    /** An amount in kroner, written out with at most two decimals: 353000 → "353.000 kr.". */
    public static String kroner(BigDecimal kroner) {
        return atMost(kroner, 2) + " kr.";
    }

    /** A cut-off date as follow-ups print it: "31/3-2011". */
    public static String cutOff(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "-" + date.getYear();
    }

    /** "16. december 2019". */
    public static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }

    /** Without trailing zeros and never in exponent notation (355E+3 → 355000). */
    private static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String separated(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        int whole = point < 0 ? plain.length() : point;
        StringBuilder text = new StringBuilder(plain.length() + whole / 3 + 1);
        if (value.signum() < 0) {
            text.append('-');
        }
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) {
                text.append('.');
            }
            text.append(plain.charAt(i));
        }
        if (point >= 0) {
            text.append(',').append(plain, point + 1, plain.length());
        }
        return text.toString();
    }
}
