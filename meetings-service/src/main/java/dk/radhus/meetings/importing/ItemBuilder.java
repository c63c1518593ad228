package dk.radhus.meetings.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionType;
import dk.radhus.meetings.importing.ParsedDocument.Attachment;
import dk.radhus.meetings.importing.ParsedDocument.Decision;
import dk.radhus.meetings.importing.ParsedDocument.Item;
import dk.radhus.meetings.importing.ParsedDocument.Section;
import dk.radhus.platform.events.DecisionOutcome;

/**
 * Splits one item's lines into sections by their headings, the decision and the attachments. Text that no heading
 * covers is kept in a free-text section and reported as a warning.
 */
final class ItemBuilder {

    private static final Pattern DOCUMENT_REFERENCE = Pattern.compile(
            "(?:dokument|dok\\.?\\s*nr\\.?)\\s*(\\d{4,})", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(?:docx?|pdf|xlsx?|pptx?|odt)$", Pattern.CASE_INSENSITIVE);

    private enum Mode { START, SECTION, DECISION, ATTACHMENTS }

    private final int number;
    private final String title;
    private final ItemMeta meta;
    private final ItemKind headingKind;
    /** The document's warnings, in the order found; {@link #own} holds this item's. */
    private final List<String> warnings;
    private final List<String> own = new ArrayList<>();
    private final ItemAccess groupAccess;
    private final TableOfContents.Entry contentsEntry;
    private final boolean closedByTitle;
    private String firstHeading;
    private final List<Section> sections = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private Mode mode = Mode.START;
    private SectionType sectionType;
    private String sectionHeading;
    private StringBuilder body = new StringBuilder();
    private String decisionBody;
    private LocalDate decisionDate;
    private boolean decisionSeen;
    private String decisionText;

    ItemBuilder(ItemHeadings.Heading heading, ItemMeta pendingMeta, List<String> warnings, ItemAccess groupAccess,
            TableOfContents.Entry contentsEntry) {
        this.number = heading.number();
        this.title = heading.title() == null || heading.title().isBlank() ? null : heading.title();
        this.headingKind = heading.kind();
        this.meta = pendingMeta == null ? new ItemMeta() : pendingMeta;
        this.warnings = warnings;
        this.groupAccess = groupAccess;
        this.contentsEntry = contentsEntry;
        this.closedByTitle = heading.closedByTitle();
        if (heading.runOn() != null && !heading.runOn().isEmpty()) {
            accept(Line.of(heading.runOn()));
        }
    }

    int number() {
        return number;
    }

    /** The heading of the item's first section: in documents without numbers, its repetition starts the next item. */
    String firstHeading() {
        return firstHeading;
    }

    /** Whether the item has text beyond its metadata. */
    boolean started() {
        return mode != Mode.START || !body.isEmpty();
    }

    /** Whether the item has an explicit access marker of its own. */
    boolean markedOpen() {
        return meta.access == ItemAccess.OPEN;
    }

    private void warn(String warning) {
        warnings.add(warning);
        own.add(warning);
    }

    /** Whether the item is still in its metadata, before any section, so a metadata line belongs to it. */
    boolean acceptsMeta() {
        return mode == Mode.START && body.isEmpty();
    }

    void meta(Line line) {
        meta.accept(line);
    }

    void accept(Line line) {
        if (line.blank()) {
            if (mode != Mode.START) {
                body.append('\n');
            }
            return;
        }
        if (mode == Mode.START && body.isEmpty() && meta.caseNumber == null && ItemMeta.isBareCaseNumber(line)) {
            meta.caseNumber = line.text();
            return;
        }
        if (mode == Mode.START && body.isEmpty() && sections.isEmpty() && line.text().strip().equals(title)) {
            return;
        }
        if (mode == Mode.DECISION && body.toString().isBlank() && restatesItem(line.text())) {
            return;
        }
        var heading = SectionHeadings.classify(line);
        if (heading.isPresent() && startsSomething(heading.get())) {
            return;
        }
        if (mode == Mode.ATTACHMENTS) {
            attachments.add(attachment(line.text()));
            return;
        }
        if (mode == Mode.START && body.isEmpty()) {
            warn("Punkt " + number + ": tekst uden overskrift er lagt i afsnittet \""
                    + SectionType.FREE_TEXT.danishHeading() + "\"");
            mode = Mode.SECTION;
            sectionType = SectionType.FREE_TEXT;
            sectionHeading = SectionType.FREE_TEXT.danishHeading();
        }
        body.append(line.raw().strip()).append('\n');
    }

    private boolean startsSomething(SectionHeadings.Heading heading) {
        switch (heading.kind()) {
            case SECTION -> {
                finishBlock();
                mode = Mode.SECTION;
                sectionType = heading.type();
                sectionHeading = heading.text();
                firstHeading = firstHeading == null ? heading.text() : firstHeading;
                return true;
            }
            case DECISION -> {
                if (mode == Mode.DECISION && body.toString().isBlank()) {
                    decisionBody = heading.body() != null ? heading.body() : decisionBody;
                    decisionDate = heading.date() != null ? heading.date() : decisionDate;
                    return true;
                }
                finishBlock();
                mode = Mode.DECISION;
                decisionSeen = true;
                decisionBody = heading.body();
                decisionDate = heading.date();
                return true;
            }
            case ATTACHMENTS -> {
                finishBlock();
                mode = Mode.ATTACHMENTS;
                return true;
            }
            default -> {
                if (mode != Mode.START || !body.isEmpty()) {
                    return false;
                }
                mode = Mode.SECTION;
                sectionType = SectionType.FREE_TEXT;
                sectionHeading = heading.text();
                firstHeading = heading.text();
                return true;
            }
        }
    }

    /** "Dagsordenspunkt 1: Godkendelse af dagsorden" under the decision heading: the item named again. */
    private boolean restatesItem(String text) {
        String restated = text.replaceFirst("(?i)^(?:dagsordens)?punkt\\s+" + number + "\\s*[:.]?\\s*", "").strip();
        return restated.length() < text.strip().length() && (title == null || restated.equals(title));
    }

    private void finishBlock() {
        String text = tidy(body.toString());
        if (mode == Mode.SECTION) {
            sections.add(new Section(sectionType, sectionHeading, text));
        } else if (mode == Mode.DECISION) {
            decisionText = decisionText == null ? text : decisionText + "\n\n" + text;
        } else if (mode == Mode.START && !text.isEmpty()) {
            sections.add(new Section(SectionType.FREE_TEXT, SectionType.FREE_TEXT.danishHeading(), text));
        }
        body = new StringBuilder();
    }

    /**
     * The item. Its access is closed when any marker, its table-of-contents entry, its group heading or its title says
     * so; open when one of them says open; and, with none, open only if the document does not mark its open items —
     * where it does, an unmarked item is uncertain and imported closed with a warning.
     */
    Item build(LocalDate meetingDate, boolean documentMarksOpenItems) {
        finishBlock();
        for (String marker : meta.unknownMarkers) {
            warn("Punkt " + number + ": adgangsmarkeringen \"" + marker
                    + "\" kendes ikke; punktet er importeret som lukket");
        }
        if (meta.contradictoryMarkers) {
            warn("Punkt " + number + ": punktet er markeret både åbent og lukket; importeret som lukket");
        }
        String itemTitle = title != null ? title : contentsEntry == null ? null
                : Titles.clean(contentsEntry.text(), false);
        if (itemTitle == null || itemTitle.isEmpty()) {
            itemTitle = null;
            warn("Punkt " + number + ": punktet har ingen titel");
        }
        Decision decision = decisionSeen ? decision(meetingDate) : null;
        return new Item(number, itemTitle, meta.caseNumber, meta.documentNumber, kind(decision),
                access(documentMarksOpenItems), List.copyOf(sections), decision, List.copyOf(attachments),
                List.copyOf(own));
    }

    private ItemAccess access(boolean documentMarksOpenItems) {
        ItemAccess listed = contentsEntry == null ? null : contentsEntry.access();
        if (meta.access == ItemAccess.CLOSED || listed == ItemAccess.CLOSED || groupAccess == ItemAccess.CLOSED
                || closedByTitle) {
            return ItemAccess.CLOSED;
        }
        if (meta.access == ItemAccess.OPEN || listed == ItemAccess.OPEN || groupAccess == ItemAccess.OPEN
                || !documentMarksOpenItems) {
            return ItemAccess.OPEN;
        }
        warn("Punkt " + number + ": punktet har ingen adgangsmarkering, som dokumentets andre punkter har; "
                + "importeret som lukket");
        return ItemAccess.CLOSED;
    }

    private Decision decision(LocalDate meetingDate) {
        String text = decisionText == null ? "" : decisionText;
        DecisionOutcome outcome = DecisionOutcomes.infer(text).orElse(null);
        if (outcome == null) {
            warn("Punkt " + number + ": beslutningens udfald kunne ikke genkendes; sat til NOTED");
            outcome = DecisionOutcome.NOTED;
        }
        if (text.isEmpty()) {
            warn("Punkt " + number + ": overskriften Beslutning har ingen tekst");
        }
        VoteStatements.Reading vote = VoteStatements.read(text);
        // The document's warnings, not the item's own: a vote left unread holds nothing back for review.
        vote.warnings().forEach(warning -> warnings.add("Punkt " + number + ": " + warning));
        if (vote.vote() == null && !vote.remarks().isEmpty()) {
            warnings.add("Punkt " + number + ": bemærkningerne til afstemningen er ikke registreret, da der ikke er "
                    + "en afstemning at knytte dem til");
        }
        return new Decision(decisionBody, decisionDate == null ? meetingDate : decisionDate, text, outcome,
                vote.vote(), vote.vote() == null ? List.of() : vote.remarks());
    }

    private ItemKind kind(Decision decision) {
        if (headingKind != null) {
            return headingKind;
        }
        if (meta.kind != null) {
            return meta.kind;
        }
        if (title != null && title.toLowerCase(Locale.ROOT).startsWith("meddelelser")) {
            return ItemKind.ANNOUNCEMENTS;
        }
        boolean recommends = sections.stream().anyMatch(s -> s.type() == SectionType.RECOMMENDATION);
        return recommends || decision != null ? ItemKind.DECISION : ItemKind.INFORMATION;
    }

    private static Attachment attachment(String text) {
        String title = text.replaceFirst("^[-•*]\\s*", "").strip();
        Matcher reference = DOCUMENT_REFERENCE.matcher(title);
        return new Attachment(title, reference.find() ? reference.group(1) : null,
                FILE_NAME.matcher(title).matches() ? title : null);
    }

    private static String tidy(String text) {
        return text.replaceAll("\n{3,}", "\n\n").strip();
    }
}
