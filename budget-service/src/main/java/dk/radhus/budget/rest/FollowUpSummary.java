package dk.radhus.budget.rest;

import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.followup.FollowUpReports;

/** A follow-up without its figures, for lists. */
public record FollowUpSummary(UUID id, String committeeCode, int fiscalYear, int round, LocalDate cutOffDate,
        FollowUp.Status status) {

    static FollowUpSummary of(FollowUpReports.Listed listed) {
        FollowUp followUp = listed.followUp();
        return new FollowUpSummary(followUp.id, followUp.committeeCode, followUp.fiscalYear, followUp.round,
                followUp.cutOffDate, listed.status());
    }
}
