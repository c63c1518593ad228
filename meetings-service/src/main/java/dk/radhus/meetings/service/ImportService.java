package dk.radhus.meetings.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.Attendance;
import dk.radhus.meetings.AttendanceStatus;
import dk.radhus.meetings.Committee;
import dk.radhus.meetings.CommitteeName;
import dk.radhus.meetings.DocumentImport;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.ItemVote;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.VoteLine;
import dk.radhus.meetings.VoteNote;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.meetings.importing.AgendaDocumentParser;
import dk.radhus.meetings.importing.DocumentFormat;
import dk.radhus.meetings.importing.DocumentText;
import dk.radhus.meetings.importing.ParsedDocument;
import dk.radhus.meetings.importing.UnreadableDocument;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.Problem;
import dk.radhus.platform.problem.ProblemException;
import dk.radhus.platform.security.Caller;

/**
 * Imports an agenda or minutes document. An agenda becomes a PLANNED meeting (the secretariat reviews and publishes
 * it); minutes become a HELD meeting with its decisions recorded (the secretariat approves them). Every imported
 * version is kept ({@link DocumentImport}).
 */
@ApplicationScoped
public class ImportService {

    /** What an import did: made a new meeting, updated the meeting of an earlier version, or changed nothing. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    /**
     * The outcome of an import: the structure, the meeting's state (for a dry run: the state a new meeting would get),
     * and unless it was a dry run the meeting's id, what was done and the version of the document the meeting now
     * holds.
     */
    public record Result(UUID meetingId, String committeeCode, Outcome outcome, Integer version, MeetingState state,
            ParsedDocument document) {
    }

    private final AgendaDocumentParser parser;
    private final Audit audit;
    private final MeetingEvents events;
    private final Caller caller;

    private final MeetingService meetings;

    public ImportService(AgendaDocumentParser parser, Audit audit, MeetingEvents events, Caller caller,
            MeetingService meetings) {
        this.parser = parser;
        this.audit = audit;
        this.events = events;
        this.caller = caller;
        this.meetings = meetings;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Result dryRun(byte[] content, DocumentFormat format, String committeeCode, boolean published) {
        ParsedDocument document = parser.parse(text(content, format));
        MeetingState state = publication(document, published).orElse(importedState(document));
        return new Result(null, committee(committeeCode, document).map(c -> c.code).orElse(null), null, null, state,
                document);
    }

    /**
     * Where the source's publication takes the meeting: a published agenda to {@code AGENDA_PUBLISHED}, published
     * minutes (final, as the source published them) to {@code MINUTES_APPROVED}; nowhere for a document that was not
     * published or that says it is a draft.
     */
    static Optional<MeetingState> publication(ParsedDocument document, boolean published) {
        if (!published || document.draft()) {
            return Optional.empty();
        }
        return Optional.of(document.kind() == ParsedDocument.DocumentKind.MINUTES ? MeetingState.MINUTES_APPROVED
                : MeetingState.AGENDA_PUBLISHED);
    }

    /** Moves the meeting on to the state the source's publication gives it, if it is not there yet. */
    private void publish(Meeting meeting, ParsedDocument document, boolean published) {
        publication(document, published).filter(meeting.state::canMoveTo)
                .ifPresent(target -> meetings.transition(meeting.id, target));
    }

    private static MeetingState importedState(ParsedDocument document) {
        return document.kind() == ParsedDocument.DocumentKind.MINUTES ? MeetingState.HELD : MeetingState.PLANNED;
    }

    /**
     * Imports a document, idempotently: the same content again (SHA-256 of its bytes) into the same committee changes
     * nothing; a changed version of a meeting imported before (same committee and start) updates that meeting and is
     * kept as its next version; otherwise a new meeting. Imports into one committee run one after the other (its row
     * is locked), so the same document sent twice at once still becomes one meeting. With {@code published} the
     * meeting a new or changed version becomes is moved on to where the source published it ({@link #publication}).
     */
    @Transactional
    public Result importDocument(byte[] content, DocumentFormat format, String committeeCode, boolean published) {
        return importDocument(content, format, committeeCode, published, caller.name());
    }

    /** The import as {@code importedBy}, for an archive's documents, which are imported outside the request. */
    @Transactional
    public Result importDocument(byte[] content, DocumentFormat format, String committeeCode, boolean published,
            String importedBy) {
        ParsedDocument document = parser.parse(text(content, format));
        Committee committee = committee(committeeCode, document).orElseThrow(() -> ProblemException.invalidField(
                "committee", document.committeeName() == null
                        ? "udvalget kunne ikke genkendes i dokumentet; angiv ?committee=KODE"
                        : "udvalget \"" + document.committeeName() + "\" i dokumentet kendes ikke; angiv ?committee=KODE "
                                + "eller knyt navnet til et udvalg i udvalgsnavnetabellen (PUT /committee-names)"));
        if (document.date() == null) {
            throw ProblemException.invalidField("body", "dokumentet har ingen mødedato");
        }
        Committee.findForUpdate(committee.code);
        String sha256 = sha256(content);
        Optional<DocumentImport> same = DocumentImport.findSame(sha256, committee.code);
        if (same.isPresent()) {
            UUID meetingId = same.get().meetingId;
            return new Result(meetingId, committee.code, Outcome.UNCHANGED, latestVersion(meetingId),
                    Meeting.<Meeting>findById(meetingId).state, document);
        }
        Meeting planned = meeting(committee, document);
        Optional<Meeting> earlier = DocumentImport.importedMeeting(committee.code, planned.startsAt);
        if (earlier.isPresent()) {
            return update(Meeting.findForUpdate(earlier.get().id).orElseThrow(), document, format, sha256, published,
                    importedBy);
        }
        Meeting meeting = planned;
        meeting.persist();
        for (ParsedDocument.Item parsed : document.items()) {
            AgendaItem item = item(meeting, parsed);
            item.persist();
            recordVote(item, parsed);
            if (item.hasDecision()) {
                events.decisionRecorded(meeting, item);
            }
        }
        Map<String, Object> after = AuditValues.meeting(meeting);
        after.put("document", document.kind());
        after.put("items", document.items().size());
        audit.record("meeting.imported", "Meeting", meeting.id, null, after);
        record(meeting, 1, document, format, sha256, List.of(), importedBy);
        publish(meeting, document, published);
        return new Result(meeting.id, committee.code, Outcome.CREATED, 1, meeting.state, document);
    }

    private Result update(Meeting meeting, ParsedDocument document, DocumentFormat format, String sha256,
            boolean published, String importedBy) {
        int version = latestVersion(meeting.id) + 1;
        Map<String, Object> before = AuditValues.meeting(meeting);
        MeetingState stateBefore = meeting.state;
        List<Integer> changed = new ImportedMeetingUpdate(audit, events, importedBy)
                .apply(meeting, document, version);
        publish(meeting, document, published);
        if (changed.isEmpty() && meeting.state == stateBefore) {
            return new Result(meeting.id, meeting.committeeCode, Outcome.UNCHANGED, version - 1, meeting.state,
                    document);
        }
        Map<String, Object> after = AuditValues.meeting(meeting);
        after.put("document", document.kind());
        after.put("version", version);
        after.put("changedItems", changed);
        audit.record("meeting.reimported", "Meeting", meeting.id, before, after);
        record(meeting, version, document, format, sha256, changed, importedBy);
        return new Result(meeting.id, meeting.committeeCode, Outcome.UPDATED, version, meeting.state, document);
    }

    private static void record(Meeting meeting, int version, ParsedDocument document, DocumentFormat format,
            String sha256, List<Integer> changed, String importedBy) {
        DocumentImport record = new DocumentImport();
        record.id = UUID.randomUUID();
        record.meetingId = meeting.id;
        record.version = version;
        record.documentKind = document.kind().name();
        record.mediaType = format.mediaType();
        record.contentSha256 = sha256;
        record.items = document.items().size();
        record.changedItems = changed.stream().map(String::valueOf).collect(Collectors.joining(","));
        record.importedAt = Instant.now();
        record.importedBy = importedBy;
        record.persist();
    }

    private static int latestVersion(UUID meetingId) {
        List<DocumentImport> versions = DocumentImport.listForMeeting(meetingId);
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
        Optional<Committee> mapped = CommitteeName.findByName(document.committeeName())
                .flatMap(name -> Committee.<Committee>findByIdOptional(name.committeeCode));
        if (mapped.isPresent()) {
            return mapped;
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
        meeting.state = importedState(document);
        meeting.createdAt = Instant.now();
        meeting.updatedAt = meeting.createdAt;
        document.participants().forEach(p -> meeting.attendance.add(
                new Attendance(p.name(), null, AttendanceStatus.PRESENT, note(p))));
        document.absentees().forEach(p -> meeting.attendance.add(
                new Attendance(p.name(), null, AttendanceStatus.ABSENT_WITH_APOLOGIES, note(p))));
        return meeting;
    }

    /**
     * The item a parsed item becomes on the meeting (not yet persisted); an item with warnings of its own is held
     * back for the secretary's review, closed until then.
     */
    static AgendaItem item(Meeting meeting, ParsedDocument.Item parsed) {
        AgendaItem item = new AgendaItem();
        item.id = UUID.randomUUID();
        item.meetingId = meeting.id;
        item.number = parsed.number();
        item.title = parsed.title() != null ? parsed.title() : "Punkt " + parsed.number();
        item.caseNumber = parsed.caseNumber();
        item.documentNumber = parsed.documentNumber();
        item.kind = parsed.kind();
        item.access = parsed.access();
        if (!parsed.warnings().isEmpty()) {
            item.holdForReview(parsed.access(), parsed.warnings());
        }
        parsed.sections().forEach(s -> item.sections.add(new ItemSection(s.type(), s.heading(), s.body())));
        parsed.attachments().forEach(a -> item.attachments.add(
                new Attachment(a.title(), a.documentReference(), a.fileName(), null, null)));
        if (parsed.decision() != null && !parsed.decision().text().isEmpty()) {
            item.decisionText = parsed.decision().text();
            item.decisionOutcome = parsed.decision().outcome();
            item.decisionDate = parsed.decision().date();
        }
        item.createdAt = Instant.now();
        item.updatedAt = item.createdAt;
        item.refreshSearchText(false);
        return item;
    }

    /**
     * Gives the item the vote its decision states, with the vote's notes, replacing the one it had; an item whose
     * decision states none keeps no vote. The item must be persisted.
     */
    static void recordVote(AgendaItem item, ParsedDocument.Item parsed) {
        ParsedDocument.Decision decision = parsed.decision();
        ItemVote stored = ItemVote.<ItemVote>findByIdOptional(item.id).orElse(null);
        if (decision == null || decision.vote() == null) {
            if (stored != null) {
                stored.delete();
            }
            return;
        }
        ItemVote vote = stored != null ? stored : new ItemVote();
        vote.itemId = item.id;
        vote.unanimous = decision.vote().unanimous();
        vote.lines.clear();
        decision.vote().counts().forEach(count -> vote.lines.add(new VoteLine(count.voters(), null,
                count.choice(), count.votes())));
        vote.notes.clear();
        decision.remarks().forEach(remark -> vote.notes.add(new VoteNote(remark.kind(), remark.name(), null,
                remark.text())));
        vote.recordedAt = Instant.now();
        vote.persist();
    }

    private static String note(ParsedDocument.Participant participant) {
        return participant.partyLetter() != null ? participant.partyLetter() : participant.note();
    }
}
