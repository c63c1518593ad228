package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attendance;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.Person;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;

/** Plans meetings, records attendance and moves meetings through their states. */
@ApplicationScoped
public class MeetingService {

    private final Audit audit;
    private final MeetingEvents events;
    private final AgendaDrafts drafts;

    public MeetingService(Audit audit, MeetingEvents events, AgendaDrafts drafts) {
        this.audit = audit;
        this.events = events;
        this.drafts = drafts;
    }

    /** Plans a meeting; drafted items waiting for the committee's next meeting land on it in the same transaction. */
    @Transactional
    public Meeting create(MeetingPlan plan) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.state = MeetingState.PLANNED;
        meeting.createdAt = Instant.now();
        apply(meeting, plan);
        meeting.persist();
        audit.record("meeting.created", "Meeting", meeting.id, null, AuditValues.meeting(meeting));
        drafts.landPending(meeting, lockCommittee(meeting));
        return meeting;
    }

    /** Changes a meeting; moved into the future (or to another committee), it takes that committee's waiting drafts. */
    @Transactional
    public Meeting update(UUID id, MeetingPlan plan) {
        Meeting meeting = requireWithCommittees(id, plan.committeeCode());
        if (meeting.state.closedForChanges()) {
            throw ProblemException.conflict("Mødet har status " + meeting.state + " og kan ikke ændres.");
        }
        Map<String, Object> before = AuditValues.meeting(meeting);
        apply(meeting, plan);
        audit.record("meeting.updated", "Meeting", meeting.id, before, AuditValues.meeting(meeting));
        drafts.landPending(meeting, lockCommittee(meeting));
        return meeting;
    }

    /** Moves a meeting on; a cancelled meeting hands its drafted items on to the committee's next planned meeting. */
    @Transactional
    public Meeting transition(UUID id, MeetingState target) {
        Meeting meeting = requireWithCommittees(id);
        if (!meeting.state.canMoveTo(target)) {
            throw ProblemException.conflict("Mødet har status " + meeting.state + " og kan ikke gå til " + target + ".");
        }
        List<AgendaItem> items = AgendaItem.listForMeeting(meeting.id);
        if (target == MeetingState.CANCELLED && items.stream().anyMatch(AgendaItem::hasDecision)) {
            throw ProblemException.conflict("Der er truffet beslutninger på mødet, så det kan ikke aflyses.");
        }
        MeetingState from = meeting.state;
        meeting.state = target;
        meeting.updatedAt = Instant.now();
        if (target == MeetingState.AGENDA_PUBLISHED) {
            meeting.publishedAt = meeting.updatedAt;
            events.agendaPublished(meeting, items);
        } else if (target == MeetingState.MINUTES_APPROVED) {
            meeting.minutesApprovedAt = meeting.updatedAt;
            items.forEach(item -> item.refreshSearchText(true));
            events.minutesApproved(meeting, items);
            items.forEach(item -> events.visibilityChanged(meeting, item));
        } else if (target == MeetingState.CANCELLED) {
            drafts.meetingCancelled(meeting);
        }
        audit.record("meeting.transition", "Meeting", meeting.id, Audit.values("state", from),
                Audit.values("state", target));
        return meeting;
    }

    /** Replaces who was present and who sent apologies; names are trimmed, a person id must name a known person. */
    @Transactional
    public Meeting replaceAttendance(UUID id, List<Attendance> attendance) {
        Meeting meeting = requireForUpdate(id);
        if (meeting.state.closedForChanges()) {
            throw ProblemException.conflict("Mødet har status " + meeting.state + "; fremmødet kan ikke ændres.");
        }
        requireKnownPersons(attendance);
        Map<String, Object> before = AuditValues.attendance(meeting.attendance);
        List<Attendance> rows = new ArrayList<>();
        for (Attendance row : attendance) {
            rows.add(new Attendance(row.name.strip(), row.personId, row.status, row.note));
        }
        meeting.attendance.clear();
        meeting.attendance.addAll(rows);
        meeting.updatedAt = Instant.now();
        audit.record("meeting.attendance", "Meeting", meeting.id, before, AuditValues.attendance(rows));
        return meeting;
    }

    /** The meeting if it exists and the viewer may see it; drafts are invisible to the public. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Meeting> findVisible(UUID id, boolean privileged) {
        return Meeting.<Meeting>findByIdOptional(id).filter(m -> privileged || m.publiclyVisible());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Meeting> list(String committeeCode, LocalDateTime from, LocalDateTime to, boolean privileged) {
        return Meeting.listFiltered(committeeCode, from, to, !privileged);
    }

    /** The meeting, locked: item numbers, drafted items and state changes of one meeting happen one at a time. */
    static Meeting requireForUpdate(UUID id) {
        return Meeting.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Mødet findes ikke."));
    }

    /**
     * The meeting, locked after its committee and the other named ones: committees before meetings, each set in code
     * order, is the order every writer locks in, so concurrent writers wait for each other rather than deadlock.
     */
    private static Meeting requireWithCommittees(UUID id, String... otherCommittees) {
        String committee = Meeting.committeeCodeOf(id)
                .orElseThrow(() -> ProblemException.notFound("Mødet findes ikke."));
        Set<String> committees = new TreeSet<>(List.of(otherCommittees));
        committees.add(committee);
        committees.forEach(Committee::findForUpdate);
        Meeting meeting = requireForUpdate(id);
        if (!meeting.committeeCode.equals(committee)) {
            throw ProblemException.conflict("Mødet er netop flyttet til et andet udvalg; prøv igen.");
        }
        return meeting;
    }

    private static Committee lockCommittee(Meeting meeting) {
        return Committee.findForUpdate(meeting.committeeCode).orElseThrow();
    }

    /** Every {@code personId} of the list must name a registered person; each one that does not is a field error. */
    private static void requireKnownPersons(List<Attendance> attendance) {
        Set<UUID> named = attendance.stream().map(row -> row.personId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<UUID> known = Person.<Person>list("id in ?1", named).stream().map(person -> person.id)
                .collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < attendance.size(); i++) {
            UUID personId = attendance.get(i).personId;
            if (personId != null && !known.contains(personId)) {
                errors.add(new Problem.FieldError("[" + i + "].personId", "personen findes ikke"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void apply(Meeting meeting, MeetingPlan plan) {
        if (Committee.findByIdOptional(plan.committeeCode()).isEmpty()) {
            throw ProblemException.invalidField("committeeCode", "udvalget findes ikke");
        }
        if (plan.endsAt() != null && !plan.endsAt().isAfter(plan.startsAt())) {
            throw ProblemException.invalidField("endsAt", "skal ligge efter mødets start");
        }
        meeting.committeeCode = plan.committeeCode();
        meeting.startsAt = plan.startsAt();
        meeting.endsAt = plan.endsAt();
        meeting.location = plan.location() == null ? null : plan.location().strip();
        meeting.updatedAt = Instant.now();
    }
}
