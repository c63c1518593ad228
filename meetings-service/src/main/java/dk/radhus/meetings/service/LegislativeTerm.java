package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A municipal council's term of office (valgperiode). Every Danish municipal council is elected for the same term:
 * the councils of the municipalities the 2007 reform made served 1 January 2007 to 31 December 2009, and since then
 * every term runs four years from the 1 January after the November election (2010–2013, 2014–2017, …). Terms are
 * known by that rule, so none is stored; a term exists from its first day, which is also its {@code created} and
 * {@code modified} time.
 */
public record LegislativeTerm(int startYear, int endYear) {

    private static final int FIRST_TERM_START = 2007;
    private static final int FOUR_YEAR_TERMS_FROM = 2010;

    /** Every term from the first of the merged municipalities to the one {@code day} falls in, oldest first. */
    public static List<LegislativeTerm> until(LocalDate day) {
        List<LegislativeTerm> terms = new ArrayList<>();
        if (day.getYear() < FIRST_TERM_START) {
            return terms;
        }
        terms.add(new LegislativeTerm(FIRST_TERM_START, FOUR_YEAR_TERMS_FROM - 1));
        for (int start = FOUR_YEAR_TERMS_FROM; start <= day.getYear(); start += 4) {
            terms.add(new LegislativeTerm(start, start + 3));
        }
        return terms;
    }

    public LocalDate startDate() {
        return LocalDate.of(startYear, 1, 1);
    }

    public LocalDate endDate() {
        return LocalDate.of(endYear, 12, 31);
    }

    /** The term's first moment, Danish time: when it became known to the API. */
    public Instant began() {
        return startDate().atStartOfDay(AgendaDrafts.LOCAL_TIME).toInstant();
    }

    public String name() {
        return "Valgperioden " + startYear + "–" + endYear;
    }
}
