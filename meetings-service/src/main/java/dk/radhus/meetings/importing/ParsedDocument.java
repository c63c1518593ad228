package dk.radhus.meetings.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionType;
import dk.radhus.platform.events.DecisionOutcome;

/**
 * What the import recognised in an agenda (dagsorden) or minutes (referat) document, and what it could not place: all
 * warnings, each item's own, and a confidence from 0 to 1 in the structure found (see {@code AgendaDocumentParser}).
 * {@code draft} is whether the document says it is a draft ("Udkast til dagsorden", "Referat (ikke godkendt)").
 */
public record ParsedDocument(
        DocumentKind kind,
        boolean draft,
        String committeeName,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String location,
        List<Participant> participants,
        List<Participant> absentees,
        List<String> tableOfContents,
        List<Item> items,
        List<String> warnings,
        double confidence) {

    /** Dagsorden or referat. */
    public enum DocumentKind {
        AGENDA,
        MINUTES
    }

    /** A participant: "Hugo Hammel (A)" has party letter A; "Kathrine Seier Skaastrup (sekretær)" has a note. */
    public record Participant(String name, String partyLetter, String note) {
    }

    /** One agenda item; {@code title} is null when the document gives none. */
    public record Item(int number, String title, String caseNumber, String documentNumber, ItemKind kind,
            ItemAccess access, List<Section> sections, Decision decision, List<Attachment> attachments,
            List<String> warnings) {
    }

    /** A section under its heading. */
    public record Section(SectionType type, String heading, String body) {
    }

    /**
     * The decision (beslutning), with the deciding body and date of the "Beslutning <organ> den <dato>" variant, and
     * the vote and its notes where the text states them ({@link VoteStatements}); {@code vote} is null when it does not.
     */
    public record Decision(String body, LocalDate date, String text, DecisionOutcome outcome,
            VoteStatements.Vote vote, List<VoteStatements.Remark> remarks) {
    }

    /** An attachment (bilag). */
    public record Attachment(String title, String documentReference, String fileName) {
    }
}
