package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dk.radhus.meetings.repository.OparlRepository.Filter;
import dk.radhus.meetings.service.OparlService.Paging;
import dk.radhus.platform.problem.ProblemException;

/**
 * The query of an OParl list: the four time filters (full date-times with offset, bounds inclusive), the 1-based page
 * and the page size (at most 100). A value that cannot be read is a 400 naming the parameter.
 */
public class OparlListQuery {

    static final int MAX_LIMIT = 100;

    @QueryParam("created_since")
    @Parameter(description = "Only objects created at or after this time, e.g. 2026-01-01T00:00:00+01:00")
    public String createdSince;

    @QueryParam("created_until")
    @Parameter(description = "Only objects created at or before this time")
    public String createdUntil;

    @QueryParam("modified_since")
    @Parameter(description = "Only objects changed at or after this time; deleted objects are then listed too")
    public String modifiedSince;

    @QueryParam("modified_until")
    @Parameter(description = "Only objects changed at or before this time")
    public String modifiedUntil;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1")
    public String page;

    @QueryParam("limit")
    @Parameter(description = "Objects per page, 1 to 100 (default 100)")
    public String limit;

    @QueryParam("omit_internal")
    @Parameter(description = "true: leave out the embedded lists OParl calls internal (a meeting's items, an item's "
            + "files, a person's memberships, the body's terms)")
    public String omitInternal;

    boolean omitInternal() {
        if (omitInternal == null || omitInternal.strip().equals("false")) {
            return false;
        }
        if (omitInternal.strip().equals("true")) {
            return true;
        }
        throw ProblemException.invalidField("omit_internal", "skal være true eller false");
    }

    Filter filter() {
        return new Filter(time("created_since", createdSince), time("created_until", createdUntil),
                time("modified_since", modifiedSince), time("modified_until", modifiedUntil));
    }

    Paging paging() {
        return new Paging(number("page", page, 1, Integer.MAX_VALUE / MAX_LIMIT), number("limit", limit, MAX_LIMIT,
                MAX_LIMIT));
    }

    private static Instant time(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter,
                    "skal være et tidspunkt med tidszone som 2026-01-01T00:00:00+01:00");
        }
    }

    private static int number(String parameter, String value, int absent, int max) {
        if (value == null) {
            return absent;
        }
        String digits = value.strip();
        if (digits.matches("[0-9]{1,10}")) {
            long number = Long.parseLong(digits);
            if (number >= 1 && number <= max) {
                return (int) number;
            }
        }
        throw ProblemException.invalidField(parameter, "skal være et helt tal fra 1 til " + max);
    }
}
