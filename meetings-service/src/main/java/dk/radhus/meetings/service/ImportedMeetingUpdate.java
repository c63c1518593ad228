package dk.radhus.meetings.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.Meeting;
import dk.radhus.meetings.MeetingState;
import dk.radhus.meetings.events.MeetingEvents;
import dk.radhus.meetings.importing.ParsedDocument;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/**
 * Applies a changed version of an imported document to the meeting an earlier version became: items by number are
 * updated where they differ (after the agenda's publication each change is an amendment in the item's history, with
 * the version as reason), new numbers are added, items the new version lacks are kept; minutes make the meeting held.
 */
final class ImportedMeetingUpdate {

    private final Audit audit;
    private final MeetingEvents events;
    private final String importedBy;

    ImportedMeetingUpdate(Audit audit, MeetingEvents events, String importedBy) {
        this.audit = audit;
        this.events = events;
        this.importedBy = importedBy;
    }

    /** The numbers of the items the version changed or added; empty when it changes nothing. */
    List<Integer> apply(Meeting meeting, ParsedDocument document, int version) {
        if (meeting.state == MeetingState.MINUTES_APPROVED) {
            throw ProblemException.conflict("Referatet er godkendt; en ny version af dokumentet kan ikke indlæses.");
        }
        if (meeting.state == MeetingState.CANCELLED) {
            throw ProblemException.conflict("Mødet er aflyst; en ny version af dokumentet kan ikke indlæses.");
        }
        String reason = "Ny version " + version + " af det importerede dokument";
        Map<Integer, AgendaItem> existing = AgendaItem.listForMeeting(meeting.id).stream()
                .collect(Collectors.toMap(item -> item.number, Function.identity()));
        boolean minutes = document.kind() == ParsedDocument.DocumentKind.MINUTES;
        if (minutes && (meeting.state == MeetingState.PLANNED || meeting.state == MeetingState.AGENDA_PUBLISHED)) {
            meeting.state = MeetingState.HELD;
            meeting.updatedAt = Instant.now();
        }
        List<Integer> changed = new ArrayList<>();
        for (ParsedDocument.Item parsed : document.items()) {
            AgendaItem item = existing.get(parsed.number());
            if (item == null) {
                item = ImportService.item(meeting, parsed);
                item.persist();
                ImportService.recordVote(item, parsed);
                if (meeting.state.agendaFrozen()) {
                    ItemAmendment.record(item.id, reason, "added", importedBy);
                }
                if (item.hasDecision()) {
                    events.decisionRecorded(meeting, item);
                }
                audit.record("item.imported", "AgendaItem", item.id, null, AuditValues.item(item));
                changed.add(parsed.number());
            } else if (update(meeting, item, parsed, reason)) {
                changed.add(parsed.number());
            }
        }
        return changed;
    }

    private boolean update(Meeting meeting, AgendaItem item, ParsedDocument.Item parsed, String reason) {
        AgendaItem imported = ImportService.item(meeting, parsed);
        List<String> changes = changes(item, imported);
        if (changes.isEmpty()) {
            return false;
        }
        Map<String, Object> before = AuditValues.item(item);
        ItemAccess accessBefore = item.access;
        boolean decisionChanged = changes.contains("decision");
        item.title = imported.title;
        item.caseNumber = imported.caseNumber;
        item.documentNumber = imported.documentNumber;
        item.kind = imported.kind;
        item.access = imported.access;
        item.reviewAccess = imported.reviewAccess;
        item.reviewWarnings = imported.reviewWarnings;
        item.sections.clear();
        item.sections.addAll(imported.sections);
        item.replaceAttachments(new ArrayList<>(imported.attachments));
        if (decisionChanged) {
            item.decisionText = imported.decisionText;
            item.decisionOutcome = imported.decisionOutcome;
            item.decisionDate = imported.decisionDate;
            ImportService.recordVote(item, parsed);
        }
        item.refreshSearchText(false);
        item.updatedAt = Instant.now();
        if (meeting.state.agendaFrozen()) {
            ItemAmendment.record(item.id, reason, String.join(", ", changes), importedBy);
        }
        if (item.access != accessBefore) {
            events.visibilityChanged(meeting, item);
        }
        if (decisionChanged && item.hasDecision()) {
            events.decisionRecorded(meeting, item);
        }
        audit.record("item.reimported", "AgendaItem", item.id, before, AuditValues.item(item));
        return true;
    }

    /** What the new version changes; a version without a decision leaves the recorded one. */
    private static List<String> changes(AgendaItem item, AgendaItem imported) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", item.title, imported.title);
        compare(changed, "caseNumber", item.caseNumber, imported.caseNumber);
        compare(changed, "documentNumber", item.documentNumber, imported.documentNumber);
        compare(changed, "kind", item.kind, imported.kind);
        compare(changed, "access", item.documentAccess(), imported.documentAccess());
        compare(changed, "sections", item.sections.stream().map(ImportedMeetingUpdate::key).toList(),
                imported.sections.stream().map(ImportedMeetingUpdate::key).toList());
        compare(changed, "attachments", item.attachments.stream().map(a -> a.title).toList(),
                imported.attachments.stream().map(a -> a.title).toList());
        if (imported.hasDecision()) {
            compare(changed, "decision", List.of(String.valueOf(item.decisionText), String.valueOf(item.decisionOutcome),
                    String.valueOf(item.decisionDate)), List.of(imported.decisionText,
                    String.valueOf(imported.decisionOutcome), String.valueOf(imported.decisionDate)));
        }
        return changed;
    }

    /** A section as compared: where a line breaks is layout (a PDF wraps lines), not a change of its text. */
    private static String key(ItemSection section) {
        return section.type + "|" + section.heading + "|" + section.body.replaceAll("\\s+", " ");
    }

    private static void compare(List<String> changed, String field, Object current, Object imported) {
        if (!Objects.equals(current, imported)) {
            changed.add(field);
        }
    }
}
