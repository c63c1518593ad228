package dk.radhus.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import dk.radhus.platform.events.DecisionOutcome;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An agenda item (dagsordenspunkt): numbered, open or closed, with typed sections, attachments and a decision. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String title;

    /** Sagsnr. / Sagsid. / J.nr., free-form. */
    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "document_number")
    public String documentNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ItemAccess access;

    @Column(name = "decision_text")
    public String decisionText;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public DecisionOutcome decisionOutcome;

    /** What full-text search indexes besides the title: sections, and the decision once minutes are approved. */
    @Column(name = "search_text", nullable = false)
    public String searchText = "";

    /** The text read from the item's attachment files (PDF, Word), part of what search indexes. */
    @Column(name = "attachment_text", nullable = false)
    public String attachmentText = "";

    /**
     * The access the imported document gave an item the parser was unsure of; while set, the item waits for the
     * secretary's review and is {@link ItemAccess#CLOSED}, so the public sees it as a closed item.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "review_access")
    public ItemAccess reviewAccess;

    /** The parser's warnings about an item that waits for review, one per line. */
    @Column(name = "review_warnings")
    public String reviewWarnings;

    /** The version of the last event about the item's decision or visibility (see {@link #nextEventVersion()}). */
    @Column(name = "event_version", nullable = false)
    public long eventVersion;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_section", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemSection> sections = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_attachment", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<Attachment> attachments = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "item_reference", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    public List<ItemReference> references = new ArrayList<>();

    public boolean closed() {
        return access == ItemAccess.CLOSED;
    }

    public boolean awaitingReview() {
        return reviewAccess != null;
    }

    /** Holds an imported item back for review: closed until the secretary approves it with the document's access. */
    public void holdForReview(ItemAccess documentAccess, List<String> warnings) {
        reviewAccess = documentAccess;
        reviewWarnings = String.join("\n", warnings);
        access = ItemAccess.CLOSED;
    }

    /** Ends the review with the access the secretary approved. */
    public void reviewed(ItemAccess approvedAccess) {
        reviewAccess = null;
        reviewWarnings = null;
        access = approvedAccess;
    }

    /** The access the item's document gave it: the held-back one while it waits for review. */
    public ItemAccess documentAccess() {
        return awaitingReview() ? reviewAccess : access;
    }

    /** Moves the event version on, for an event about to be published in the same transaction; returns the new one. */
    public long nextEventVersion() {
        return ++eventVersion;
    }

    public boolean hasDecision() {
        return decisionText != null;
    }

    /** Rebuilds the searchable text; decisions count only once minutes are approved, so drafts are not found. */
    public void refreshSearchText(boolean includeDecision) {
        StringBuilder text = new StringBuilder();
        for (ItemSection section : sections) {
            text.append(section.heading).append('\n').append(section.plainText()).append('\n');
        }
        if (!attachmentText.isEmpty()) {
            text.append(attachmentText).append('\n');
        }
        if (includeDecision && decisionText != null) {
            text.append(decisionText);
        }
        searchText = text.toString();
    }

    /**
     * Replaces the attachments. An attachment at the same position with the same title keeps its stored file (and the
     * file's name, media type and size); other files are released. The text of the files is refreshed for search.
     */
    public void replaceAttachments(List<Attachment> next) {
        for (int i = 0; i < next.size() && i < attachments.size(); i++) {
            if (keepsFile(attachments.get(i), next.get(i))) {
                next.get(i).keepFileOf(attachments.get(i));
            }
        }
        attachments.clear();
        attachments.addAll(next);
        refreshAttachmentText();
    }

    /** Whether {@code next}, at the position of {@code current}, keeps its file: it has the same title. */
    public static boolean keepsFile(Attachment current, Attachment next) {
        return current.hasFile() && current.title.equals(next.title);
    }

    /** Reads the text of the item's attachment files again (search indexes it once the search text is refreshed). */
    public void refreshAttachmentText() {
        List<UUID> files = attachments.stream().filter(Attachment::hasFile).map(a -> a.fileId).toList();
        if (files.isEmpty()) {
            attachmentText = "";
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> texts = getEntityManager()
                .createNativeQuery("SELECT text FROM attachment_file WHERE id IN (:ids) AND text <> ''")
                .setParameter("ids", files).getResultList();
        attachmentText = String.join("\n", texts);
    }

    public static List<AgendaItem> listForMeeting(UUID meetingId) {
        return list("meetingId = ?1 order by number", meetingId);
    }

    /** The items that carry the case number; only open ones if {@code openOnly}. */
    public static List<AgendaItem> listWithCaseNumber(String caseNumber, boolean openOnly) {
        return openOnly ? list("caseNumber = ?1 and access = ?2", caseNumber, ItemAccess.OPEN)
                : list("caseNumber = ?1", caseNumber);
    }

    /** The items waiting for review, of one committee or (null) all, oldest meeting first, in number order. */
    public static List<AgendaItem> listAwaitingReview(String committeeCode) {
        var query = getEntityManager().createQuery("select i from AgendaItem i, Meeting m where m.id = i.meetingId"
                + " and i.reviewAccess is not null" + (committeeCode == null ? "" : " and m.committeeCode = :committee")
                + " order by m.startsAt, m.id, i.number", AgendaItem.class);
        if (committeeCode != null) {
            query.setParameter("committee", committeeCode);
        }
        return query.getResultList();
    }

    public static Optional<AgendaItem> findInMeeting(UUID meetingId, UUID itemId) {
        return find("id = ?1 and meetingId = ?2", itemId, meetingId).firstResultOptional();
    }

    /** The number after the meeting's highest item number (1 on an empty agenda). */
    public static int nextNumber(UUID meetingId) {
        Integer highest = getEntityManager()
                .createQuery("select max(number) from AgendaItem where meetingId = ?1", Integer.class)
                .setParameter(1, meetingId).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    public static boolean numberTaken(UUID meetingId, int number, UUID exceptItemId) {
        return count("meetingId = ?1 and number = ?2 and id <> ?3", meetingId, number, exceptItemId) > 0;
    }
}
