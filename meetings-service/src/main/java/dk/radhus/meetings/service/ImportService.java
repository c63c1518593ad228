package dk.radhus.meetings.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.Attendance;
import dk.radhus.meetings.AttendanceStatus;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.meetings.importing.AgendaDocumentParser;
import dk.radhus.meetings.importing.DocumentFormat;
import dk.radhus.meetings.importing.DocumentText;
import dk.radhus.meetings.importing.ParsedDocument;
import dk.radhus.meetings.importing.UnreadableDocument;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;

/**
 * Imports an agenda or minutes document. An agenda becomes a PLANNED meeting (the secretariat reviews and publishes
 * it); minutes become a HELD meeting with its decisions recorded (the secretariat approves them).
 */
@ApplicationScoped
public class ImportService {

    /** The outcome of an import: the structure, and the new meeting's id unless it was a dry run. */
    public record Result(UUID meetingId, String committeeCode, ParsedDocument document) {
    }

    private final AgendaDocumentParser parser;
    private final Audit audit;
    private final MeetingEvents events;

    public ImportService(AgendaDocumentParser parser, Audit audit, MeetingEvents events) {
        this.parser = parser;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result dryRun(byte[] content, DocumentFormat format, String committeeCode) {
        ParsedDocument document = parser.parse(text(content, format));
        return new Result(null, committee(committeeCode, document).map(c -> c.code).orElse(null), document);
    }

    @Transactional
    public Result importDocument(byte[] content, DocumentFormat format, String committeeCode) {
        ParsedDocument document = parser.parse(text(content, format));
        Committee committee = committee(committeeCode, document).orElseThrow(() -> ProblemException.invalidField(
                "committee", "udvalget kunne ikke genkendes i dokumentet; angiv ?committee=KODE"));
        if (document.date() == null) {
            throw ProblemException.invalidField("body", "dokumentet har ingen mødedato");
        }
        Meeting meeting = meeting(committee, document);
        meeting.persist();
        for (ParsedDocument.Item parsed : document.items()) {
            AgendaItem item = item(meeting, parsed);
            item.persist();
            if (item.hasDecision()) {
                events.decisionRecorded(meeting, item);
            }
        }
        Map<String, Object> after = AuditValues.meeting(meeting);
        after.put("document", document.kind());
        after.put("items", document.items().size());
        audit.record("meeting.imported", "Meeting", meeting.id, null, after);
        return new Result(meeting.id, committee.code, document);
    }

    /**
     * The document's text; content that is not what its type says is a 415, content that cannot be read a 400, both
     * naming {@code body}.
     */
    private static String text(byte[] content, DocumentFormat format) {
        try {
            return DocumentText.read(content, format);
        } catch (UnreadableDocument e) {
            if (e.wrongType()) {
                throw new ProblemException(Problem.of("unsupported-media-type", "Indholdstypen passer ikke til indholdet",
                        415, "Indholdet er ikke af den type, Content-Type angiver.")
                        .withErrors(List.of(new Problem.FieldError("body", e.getMessage()))));
            }
            throw ProblemException.invalidField("body", e.getMessage());
        }
    }

    private static Optional<Committee> committee(String code, ParsedDocument document) {
        if (code != null && !code.isBlank()) {
            return Optional.of(Committee.<Committee>findByIdOptional(code.strip()).orElseThrow(
                    () -> ProblemException.invalidField("committee", "udvalget findes ikke")));
        }
        if (document.committeeName() == null) {
            return Optional.empty();
        }
        return Committee.<Committee>find("lower(name) = lower(?1)", document.committeeName()).firstResultOptional();
    }

    private static Meeting meeting(Committee committee, ParsedDocument document) {
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.committeeCode = committee.code;
        LocalTime start = document.startTime() == null ? LocalTime.MIDNIGHT : document.startTime();
        meeting.startsAt = LocalDateTime.of(document.date(), start);
        meeting.endsAt = document.endTime() == null || !document.endTime().isAfter(start) ? null
                : LocalDateTime.of(document.date(), document.endTime());
        meeting.location = document.location();
        meeting.state = document.kind() == ParsedDocument.DocumentKind.MINUTES ? MeetingState.HELD : MeetingState.PLANNED;
        meeting.createdAt = Instant.now();
        meeting.updatedAt = meeting.createdAt;
        document.participants().forEach(p -> meeting.attendance.add(
                new Attendance(p.name(), null, AttendanceStatus.PRESENT, note(p))));
        document.absentees().forEach(p -> meeting.attendance.add(
                new Attendance(p.name(), null, AttendanceStatus.ABSENT_WITH_APOLOGIES, note(p))));
        return meeting;
    }

    private static AgendaItem item(Meeting meeting, ParsedDocument.Item parsed) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.number = parsed.number();
        item.title = parsed.title() != null ? parsed.title() : "Punkt " + parsed.number();
        item.caseNumber = parsed.caseNumber();
        item.documentNumber = parsed.documentNumber();
        item.kind = parsed.kind();
        item.access = parsed.access();
        parsed.sections().forEach(s -> item.sections.add(new ItemSection(s.type(), s.heading(), s.body())));
        parsed.attachments().forEach(a -> item.attachments.add(
                new Attachment(a.title(), a.documentReference(), a.fileName(), null, null)));
        if (parsed.decision() != null && !parsed.decision().text().isEmpty()) {
            item.decisionText = parsed.decision().text();
            item.decisionOutcome = parsed.decision().outcome();
            item.decisionDate = parsed.decision().date();
        }
        item.createdAt = meeting.createdAt;
        item.updatedAt = meeting.createdAt;
        item.refreshSearchText(false);
        return item;
    }

    private static String note(ParsedDocument.Participant participant) {
        return participant.partyLetter() != null ? participant.partyLetter() : participant.note();
    }
}
