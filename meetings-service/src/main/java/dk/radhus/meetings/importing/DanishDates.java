package dk.radhus.meetings.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.platform.input.StrictInput;

/** Dates and times as Danish documents write them: 11-05-2011, Onsdag den 6. marts 2013, kl. 09:00. */
final class DanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("januar", 1), Map.entry("februar", 2),
            Map.entry("marts", 3), Map.entry("april", 4), Map.entry("maj", 5), Map.entry("juni", 6),
            Map.entry("juli", 7), Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10),
            Map.entry("november", 11), Map.entry("december", 12));
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)"
                    + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOCK = Pattern.compile("\\bkl\\.?\\s*(\\d{1,2})[:.](\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME = Pattern.compile("\\b(\\d{1,2})[:.](\\d{2})\\b");

    private DanishDates() {
    }

    static Optional<LocalDate> date(String text) {
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.find()) {
                return date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher numeric = NUMERIC.matcher(text);
            if (numeric.find()) {
                return date(Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                        Integer.parseInt(numeric.group(1)));
            }
            Matcher written = WRITTEN.matcher(text);
            if (written.find()) {
                return date(Integer.parseInt(written.group(3)),
                        MONTHS.get(written.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(written.group(1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A calendar date in the years the suite stores (as for JSON: 1–9999), so "11-05-0000" is no date. */
    private static Optional<LocalDate> date(int year, int month, int day) {
        return StrictInput.storableYear(year) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** A time written after "kl.", e.g. in "Mandag d. 16. december 2019 kl. 09:00". */
    static Optional<LocalTime> clockTime(String text) {
        Matcher clock = CLOCK.matcher(text);
        return clock.find() ? time(clock.group(1), clock.group(2)) : Optional.empty();
    }

    /** Every HH:MM in a time field such as "17:00 – 19:00": the start and, if given, the end. */
    static List<LocalTime> times(String text) {
        List<LocalTime> times = new ArrayList<>();
        Matcher matcher = TIME.matcher(text);
        while (matcher.find()) {
            time(matcher.group(1), matcher.group(2)).ifPresent(times::add);
        }
        return times;
    }

    private static Optional<LocalTime> time(String hours, String minutes) {
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(hours), Integer.parseInt(minutes)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
