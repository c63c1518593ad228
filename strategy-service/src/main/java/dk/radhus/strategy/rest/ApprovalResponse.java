package dk.radhus.strategy.rest;

import java.time.LocalDate;
import java.util.UUID;

import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.strategy.Approval;

/** A meeting decision recorded on an object; a closed item's (lukket sag) text is replaced by "Lukket punkt". */
public record ApprovalResponse(String committeeCode, UUID meetingId, LocalDate meetingDate, String caseNumber,
        String decisionText, DecisionOutcome outcome, LocalDate decidedOn) {

    private static final String CLOSED_ITEM = "Lukket punkt";

    public static ApprovalResponse of(Approval a) {
        return new ApprovalResponse(a.committeeCode, a.meetingId, a.meetingDate, a.caseNumber,
                a.confidential ? CLOSED_ITEM : a.decisionText, a.outcome, a.decidedOn);
    }
}
