package dk.radhus.meetings.rest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import dk.radhus.platform.problem.ProblemException;

/** Date filters from query parameters: an unreadable date is a 400 naming the parameter, not a 404. */
final class QueryDates {

    private QueryDates() {
    }

    /** The start of the given day, or null without a value. */
    static LocalDateTime startOf(String parameter, String value) {
        LocalDate day = parse(parameter, value);
        return day == null ? null : day.atStartOfDay();
    }

    /** The start of the day after the given day (an exclusive upper bound), or null without a value. */
    static LocalDateTime endOf(String parameter, String value) {
        LocalDate day = parse(parameter, value);
        return day == null ? null : day.plusDays(1).atStartOfDay();
    }

    static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "skal være en dato som 2011-05-11");
        }
    }
}
