package dk.radhus.budget.rest;

import dk.radhus.budget.FiscalYear;

/** A fiscal year and whether it is open. */
public record FiscalYearResponse(int year, FiscalYear.Status status) {

    static FiscalYearResponse of(FiscalYear year) {
        return new FiscalYearResponse(year.year, year.status);
    }
}
