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
    private final List<String> warnings;
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

    ItemBuilder(ItemHeadings.Heading heading, ItemMeta pendingMeta, List<String> warnings) {
        this.number = heading.number();
        this.title = heading.title();
        this.headingKind = heading.kind();
        this.meta = pendingMeta == null ? new ItemMeta() : pendingMeta;
        this.warnings = warnings;
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
        var heading = SectionHeadings.classify(line);
        if (heading.isPresent() && startsSomething(heading.get())) {
            return;
        }
        if (mode == Mode.ATTACHMENTS) {
            attachments.add(attachment(line.text()));
            return;
        }
        if (mode == Mode.START && body.isEmpty()) {
            warnings.add("Punkt " + number + ": tekst uden overskrift er lagt i afsnittet \""
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
                return true;
            }
            case DECISION -> {
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
                return true;
            }
        }
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

    Item build(LocalDate meetingDate) {
        finishBlock();
        for (String marker : meta.unknownMarkers) {
            warnings.add("Punkt " + number + ": adgangsmarkeringen \"" + marker
                    + "\" kendes ikke; punktet er importeret som lukket");
        }
        if (meta.contradictoryMarkers) {
            warnings.add("Punkt " + number + ": punktet er markeret både åbent og lukket; importeret som lukket");
        }
        Decision decision = decisionSeen ? decision(meetingDate) : null;
        return new Item(number, title, meta.caseNumber, meta.documentNumber, kind(decision),
                meta.access == null ? ItemAccess.OPEN : meta.access, List.copyOf(sections), decision,
                List.copyOf(attachments));
    }

    private Decision decision(LocalDate meetingDate) {
        String text = decisionText == null ? "" : decisionText;
        DecisionOutcome outcome = DecisionOutcomes.infer(text).orElse(null);
        if (outcome == null) {
            warnings.add("Punkt " + number + ": beslutningens udfald kunne ikke genkendes; sat til NOTED");
            outcome = DecisionOutcome.NOTED;
        }
        if (text.isEmpty()) {
            warnings.add("Punkt " + number + ": overskriften Beslutning har ingen tekst");
        }
        return new Decision(decisionBody, decisionDate == null ? meetingDate : decisionDate, text, outcome);
    }

    private ItemKind kind(Decision decision) {
        if (headingKind != null) {
            return headingKind;
        }
        if (meta.kind != null) {
            return meta.kind;
        }
        if (title.toLowerCase(Locale.ROOT).startsWith("meddelelser")) {
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
