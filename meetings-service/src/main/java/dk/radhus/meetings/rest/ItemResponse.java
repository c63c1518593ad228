package dk.radhus.meetings.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonInclude;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.FileTextStatus;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemAmendment;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.ItemVote;
import dk.radhus.meetings.SectionFormat;
import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.VoteChoice;
import dk.radhus.meetings.VoteNoteKind;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.ObjectReference;
import dk.radhus.platform.events.PublicAgendaItem;

/** An agenda item as the API returns it; for the public a closed item has only its number and "Lukket punkt". */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemResponse(UUID id, int number, String title, String caseNumber, String documentNumber, ItemKind kind,
        ItemAccess access, List<Section> sections, List<AttachmentView> attachments, Decision decision, Vote vote,
        List<ObjectReference> references, List<Amendment> amendments, Review review) {

    /** A typed section; an HTML body is sanitized markup (tables and paragraphs) to render as such. */
    public record Section(SectionType type, String heading, String body, SectionFormat format) {
        public static Section of(ItemSection s) {
            return new Section(s.type, s.heading, s.body, s.format);
        }
    }

    /**
     * An attachment (bilag); with a stored file, its {@code downloadUrl} and SHA-256, and for staff what search got of
     * its text ({@code textStatus}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttachmentView(String title, String documentReference, String fileName, String mediaType,
            Long sizeBytes, String downloadUrl, String sha256, FileTextStatus textStatus) {
        static AttachmentView of(AgendaItem item, int position, boolean staff) {
            Attachment a = item.attachments.get(position);
            return new AttachmentView(a.title, a.documentReference, a.fileName, a.mediaType, a.sizeBytes,
                    a.hasFile() ? downloadPath(item, position) : null, a.sha256, staff ? a.textStatus : null);
        }

        /** The download's path on this service. */
        public static String downloadPath(AgendaItem item, int position) {
            return "/meetings/" + item.meetingId + "/items/" + item.id + "/attachments/" + position + "/file";
        }
    }

    /** The decision (beslutning). */
    public record Decision(String text, DecisionOutcome outcome, LocalDate decidedOn) {
    }

    /** The vote (afstemning), shown with the decision: unanimous, or per party or person; and its notes. */
    public record Vote(boolean unanimous, List<VoteLineView> lines, List<VoteNoteView> notes) {

        static Vote of(ItemVote vote) {
            return vote == null ? null : new Vote(vote.unanimous,
                    vote.lines.stream().map(l -> new VoteLineView(l.voter, l.personId, l.choice, l.votes)).toList(),
                    vote.notes.stream().map(n -> new VoteNoteView(n.kind, n.name, n.personId, n.text)).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteLineView(String voter, UUID personId, VoteChoice choice, int votes) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteNoteView(VoteNoteKind kind, String name, UUID personId, String text) {
    }

    /**
     * Staff only: the item was imported with warnings and waits for the secretary's review, closed until then;
     * {@code documentAccess} is the access the document gave it.
     */
    public record Review(ItemAccess documentAccess, List<String> warnings) {
        static Review of(AgendaItem item) {
            return item.awaitingReview() ? new Review(item.reviewAccess, item.reviewWarnings.lines().toList()) : null;
        }
    }

    /**
     * A change after publication; {@code amendedBy} is the secretary's user name for staff and
     * {@value #SECRETARIAT} for everyone else.
     */
    public record Amendment(Instant amendedAt, String amendedBy, String reason, String changes) {

        /** Who the public sees as the author of an amendment: the secretariat, not a named member of staff. */
        public static final String SECRETARIAT = "Sekretariatet";

        public static Amendment of(ItemAmendment a, boolean namesVisible) {
            return new Amendment(a.amendedAt, namesVisible ? a.amendedBy : SECRETARIAT, a.reason, a.changes);
        }
    }

    /** The full item as staff see it, decision and amendment authors included (without the vote). */
    public static ItemResponse full(AgendaItem item, List<ItemAmendment> amendments) {
        return full(item, amendments, null, true, true);
    }

    /**
     * The full item; the decision and the vote only when {@code withDecision}, the amendments' authors and a pending
     * review when {@code names} (staff).
     */
    public static ItemResponse full(AgendaItem item, List<ItemAmendment> amendments, ItemVote vote,
            boolean withDecision, boolean names) {
        Decision decision = withDecision && item.hasDecision()
                ? new Decision(item.decisionText, item.decisionOutcome, item.decisionDate) : null;
        return new ItemResponse(item.id, item.number, item.title, item.caseNumber, item.documentNumber, item.kind,
                item.access, item.sections.stream().map(Section::of).toList(),
                IntStream.range(0, item.attachments.size()).mapToObj(i -> AttachmentView.of(item, i, names))
                        .toList(), decision,
                withDecision ? Vote.of(vote) : null,
                item.references.stream().map(ItemReference::toObjectReference).toList(),
                amendments.stream().map(a -> Amendment.of(a, names)).toList(), names ? Review.of(item) : null);
    }

    /** What the public sees of a closed item. */
    public static ItemResponse closedPlaceholder(AgendaItem item) {
        return new ItemResponse(item.id, item.number, PublicAgendaItem.CLOSED_TITLE, null, null, null, ItemAccess.CLOSED,
                List.of(), List.of(), null, null, List.of(), List.of(), null);
    }
}
