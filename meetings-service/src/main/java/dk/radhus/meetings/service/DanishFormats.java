package dk.radhus.meetings.service;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.radhus.platform.events.AmountUnit;

/** Amounts and dates the way Danish agenda texts write them: "353.000 kr.", "pr. 31/3-2011", "16. december 2019". */
final class DanishFormats {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter CUT_OFF = DateTimeFormatter.ofPattern("d/M-uuuu");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d. MMMM uuuu", DANISH);

    private DanishFormats() {
    }

    /** An amount stated in {@code unit}, written out in kroner. */
    static String kroner(BigDecimal amount, AmountUnit unit) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(DANISH));
        return format.format(amount.multiply(unit.kroner())) + " kr.";
    }

    static String cutOff(LocalDate date) {
        return CUT_OFF.format(date);
    }

    static String longDate(LocalDate date) {
        return LONG_DATE.format(date);
    }
}
