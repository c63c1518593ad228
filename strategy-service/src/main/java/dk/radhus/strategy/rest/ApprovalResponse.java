package dk.radhus.strategy.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.ItemVisibility;
import dk.radhus.platform.events.PublicAgendaItem;
import dk.radhus.strategy.Approval;
import dk.radhus.strategy.service.ApprovalService;

/**
 * A meeting decision recorded on an object, as one version of its agenda item's decision. {@code current} marks each
 * item's newest decision; the others are its history, corrected since.
 * <p>
 * Who sees what follows {@link ItemVisibility}, the rule meetings-service shows items by. A caller the item's content
 * is not shown to (the public, for a closed item) gets one entry for it: its number and "Lukket punkt", nothing else.
 * A caller its decision is not shown to yet (the public, before the minutes are approved) gets no entry at all, so
 * the public learns of a decision when meetings-service publishes it. Everyone else gets every version in full.
 */
public record ApprovalResponse(Integer itemNumber, String title, String committeeCode, UUID meetingId,
        LocalDate meetingDate, String caseNumber, String decisionText, DecisionOutcome outcome, LocalDate decidedOn,
        Long itemVersion, boolean current) {

    /** The approvals the caller may see, in the order given. */
    public static List<ApprovalResponse> list(List<ApprovalService.Recorded> recorded, boolean staff) {
        return recorded.stream()
                .filter(r -> r.visibility().showsDecisionTo(staff) || !r.visibility().showsContentTo(staff) && r.current())
                .map(r -> r.visibility().showsContentTo(staff) ? full(r.approval(), r.current()) : closed(r.approval()))
                .toList();
    }

    private static ApprovalResponse full(Approval a, boolean current) {
        return new ApprovalResponse(a.itemNumber, a.title, a.committeeCode, a.meetingId, a.meetingDate, a.caseNumber,
                a.decisionText, a.outcome, a.decidedOn, a.itemVersion, current);
    }

    private static ApprovalResponse closed(Approval a) {
        return new ApprovalResponse(a.itemNumber, PublicAgendaItem.CLOSED_TITLE, null, null, null, null, null, null,
                null, null, true);
    }
}
