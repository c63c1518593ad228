package dk.radhus.meetings.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.service.SearchService.Treatment;
import dk.radhus.platform.events.DecisionOutcome;

/** A case page: every meeting where the case number was on the agenda, oldest first, with the case's items there. */
public record CasePageResponse(String caseNumber, List<CaseMeeting> meetings) {

    public record CaseMeeting(UUID meetingId, String committeeCode, String committeeName, LocalDateTime startsAt,
            MeetingState state, List<CaseItem> items) {
    }

    /** An item of the case; the decision once the minutes are approved (staff: as soon as it is recorded). */
    public record CaseItem(UUID itemId, int number, String title, ItemAccess access, String decisionText,
            DecisionOutcome outcome) {
    }

    static CasePageResponse of(String caseNumber, List<Treatment> treatments, boolean privileged) {
        return new CasePageResponse(caseNumber, treatments.stream().map(t -> new CaseMeeting(t.meeting().id,
                t.meeting().committeeCode, t.committeeName(), t.meeting().startsAt, t.meeting().state,
                t.items().stream().map(item -> item(item, privileged
                        || t.meeting().state == MeetingState.MINUTES_APPROVED)).toList())).toList());
    }

    private static CaseItem item(AgendaItem item, boolean withDecision) {
        return new CaseItem(item.id, item.number, item.title, item.access, withDecision ? item.decisionText : null,
                withDecision ? item.decisionOutcome : null);
    }
}
