package dk.radhus.portal.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** What the pages read from meetings-service's public API (the anonymous view). */
public final class Meetings {

    /** The title the service gives a closed item in the public view. */
    public static final String CLOSED_TITLE = "Lukket punkt";

    private Meetings() {
    }

    /** A committee (udvalg), the city council or the directorate. */
    public record Committee(String code, String name, String kind, boolean active) {
    }

    /** A meeting in a list. */
    public record MeetingSummary(UUID id, String committeeCode, LocalDateTime startsAt, LocalDateTime endsAt,
            String location, String state) {

        public boolean minutes() {
            return "MINUTES_APPROVED".equals(state);
        }

        public boolean cancelled() {
            return "CANCELLED".equals(state);
        }
    }

    /** A meeting with attendance and agenda items. */
    public record Meeting(UUID id, String committeeCode, LocalDateTime startsAt, LocalDateTime endsAt,
            String location, String state, List<Participant> attendance, List<Item> items) {

        public boolean minutes() {
            return "MINUTES_APPROVED".equals(state);
        }

        public boolean cancelled() {
            return "CANCELLED".equals(state);
        }

        public List<Participant> present() {
            return attendance == null ? List.of()
                    : attendance.stream().filter(p -> "PRESENT".equals(p.status())).toList();
        }

        public List<Participant> apologies() {
            return attendance == null ? List.of()
                    : attendance.stream().filter(p -> "ABSENT_WITH_APOLOGIES".equals(p.status())).toList();
        }

        public List<Item> itemsOrEmpty() {
            return items == null ? List.of() : items;
        }
    }

    /** One participant: present or absent with apologies (afbud); the note is often the party letter. */
    public record Participant(String name, String status, String note) {
    }

    /** An agenda item; a closed item has only its number, "Lukket punkt" and access CLOSED. */
    public record Item(UUID id, int number, String title, String caseNumber, String documentNumber, String kind,
            String access, List<Section> sections, List<Attachment> attachments, Decision decision, Vote vote) {

        public boolean closed() {
            return "CLOSED".equals(access);
        }

        public List<Section> sectionsOrEmpty() {
            return sections == null ? List.of() : sections;
        }

        public List<Attachment> attachmentsOrEmpty() {
            return attachments == null ? List.of() : attachments;
        }
    }

    /** A typed section with the heading the document used. */
    public record Section(String type, String heading, String body) {
    }

    /** An attachment (bilag); {@code downloadUrl} is set when meetings-service holds its file. */
    public record Attachment(String title, String documentReference, String fileName, String mediaType,
            Long sizeBytes, String downloadUrl) {

        public boolean hasFile() {
            return downloadUrl != null;
        }
    }

    /** The decision (beslutning). */
    public record Decision(String text, String outcome, LocalDate decidedOn) {
    }

    /**
     * The vote (afstemning) as meetings-service shows it with the decision: unanimous, or one line per party letter or
     * person; and its notes (minority statements, notes to the minutes, conflicts of interest, members who left).
     */
    public record Vote(boolean unanimous, List<VoteLine> lines, List<VoteNote> notes) {

        public List<VoteLine> linesOrEmpty() {
            return lines == null ? List.of() : lines;
        }

        public List<VoteNote> notesOrEmpty() {
            return notes == null ? List.of() : notes;
        }

        /** The lines of one choice ({@code FOR}, {@code AGAINST}, {@code ABSTAIN}). */
        public List<VoteLine> of(String choice) {
            return linesOrEmpty().stream().filter(l -> choice.equals(l.choice())).toList();
        }

        /** The votes cast for one choice. */
        public int total(String choice) {
            return of(choice).stream().mapToInt(VoteLine::votes).sum();
        }
    }

    /** Votes of one party (its letter) or person for one choice. */
    public record VoteLine(String voter, UUID personId, String choice, int votes) {
    }

    /** A note to the vote: its kind, who, and the text. */
    public record VoteNote(String kind, String name, UUID personId, String text) {
    }

    /** A case page: every meeting where the case number was on the agenda, oldest first. */
    public record CasePage(String caseNumber, List<CaseMeeting> meetings) {
    }

    /** A meeting of a case, with the case's items there. */
    public record CaseMeeting(UUID meetingId, String committeeCode, String committeeName, LocalDateTime startsAt,
            String state, List<CaseItem> items) {

        public boolean minutes() {
            return "MINUTES_APPROVED".equals(state);
        }
    }

    /** An item of a case; the decision once the minutes are approved. */
    public record CaseItem(UUID itemId, int number, String title, String access, String decisionText,
            String outcome) {

        public boolean closed() {
            return "CLOSED".equals(access);
        }
    }

    /** A search hit; {@code highlight} holds fragments with {@code <mark>} around the matched words. */
    public record SearchHit(UUID itemId, UUID meetingId, String committeeCode, LocalDateTime startsAt, int number,
            String title, String caseNumber, String highlight) {
    }
}
