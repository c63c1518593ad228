package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.importing.ParsedDocument.Item;

/**
 * Turns the text of an agenda (dagsorden) or minutes (referat, beslutningsprotokol) into a {@link ParsedDocument}:
 * the page layout is cleaned ({@link PageLayout}), a numbered table of contents is read ({@link TableOfContents}),
 * then the header, then items, each split into sections, decision and attachments. Items are found by numbered
 * headings with evidence ({@link ItemHeadings}); in a document without numbered items, by item metadata and by the
 * repetition of the first item's first section heading. Items the table of contents lists but the text does not
 * reach (an excerpt) are kept with their listed title and a warning. Nothing is dropped silently: what cannot be
 * placed is kept in a free-text section or reported as a warning.
 */
@ApplicationScoped
public class AgendaDocumentParser {

    private static final double PER_WARNING = 0.05;
    private static final double NO_ITEMS = 0.0;

    public ParsedDocument parse(String document) {
        List<Line> lines = new ArrayList<>(PageLayout.lines(document).stream().map(Line::of).toList());
        TableOfContents toc = TableOfContents.read(lines);
        HeaderParser header = new HeaderParser();
        toc.entries.forEach(entry -> header.tableOfContents.add(entry.number() + ". " + entry.text()));
        List<String> warnings = new ArrayList<>();
        List<ItemBuilder> builders = new ArrayList<>();
        Reading reading = new Reading(lines, toc, header, warnings, builders);
        reading.numbered();
        if (builders.isEmpty() && toc.entries.isEmpty()) {
            reading.unnumbered();
        }
        if (reading.pending != null && !reading.pending.empty()) {
            warnings.add("Sagsoplysninger efter sidste punkt hører ikke til noget punkt");
        }
        boolean marksOpen = builders.stream().anyMatch(ItemBuilder::markedOpen);
        List<Item> items = new ArrayList<>(builders.stream().map(b -> b.build(header.date, marksOpen)).toList());
        items.addAll(onlyListed(toc, items, warnings));
        items.sort(Comparator.comparingInt(Item::number));
        List<String> allWarnings = new ArrayList<>(header.warnings);
        allWarnings.addAll(warnings);
        if (header.date == null) {
            allWarnings.add("Dokumentet har ingen mødedato");
        }
        if (header.kind == null) {
            allWarnings.add("Dokumentet er hverken markeret som dagsorden eller referat; læst som dagsorden");
        }
        if (items.isEmpty()) {
            allWarnings.add("Dokumentet indeholder ingen genkendelige punkter");
        }
        return new ParsedDocument(
                header.kind == null ? ParsedDocument.DocumentKind.AGENDA : header.kind, header.draft,
                header.committeeName,
                header.date, header.startTime, header.endTime, header.location, List.copyOf(header.participants),
                List.copyOf(header.absentees), List.copyOf(header.tableOfContents), List.copyOf(items),
                List.copyOf(allWarnings), confidence(items, header));
    }

    /**
     * The confidence in the structure found: the share of items without a warning of their own, less a little for
     * each warning about the document as a whole (no date, no kind, unplaced text); 0 without items.
     */
    private static double confidence(List<Item> items, HeaderParser header) {
        if (items.isEmpty()) {
            return NO_ITEMS;
        }
        double clean = items.stream().filter(item -> item.warnings().isEmpty()).count() / (double) items.size();
        int documentWarnings = header.warnings.size() + (header.date == null ? 1 : 0) + (header.kind == null ? 1 : 0);
        return Math.max(0.0, Math.min(1.0, clean - PER_WARNING * documentWarnings));
    }

    /** The items the table of contents lists and the text does not reach: listed title and access, a warning. */
    private static List<Item> onlyListed(TableOfContents toc, List<Item> found, List<String> warnings) {
        Set<Integer> numbers = found.stream().map(Item::number).collect(Collectors.toSet());
        List<Item> listed = new ArrayList<>();
        for (TableOfContents.Entry entry : toc.entries) {
            if (numbers.contains(entry.number())) {
                continue;
            }
            List<String> own = new ArrayList<>();
            own.add("Punkt " + entry.number() + ": punktet står kun i indholdsfortegnelsen; dets tekst er ikke i "
                    + "dokumentet");
            String title = Titles.clean(entry.text(), false);
            if (title.isEmpty()) {
                own.add("Punkt " + entry.number() + ": punktet har ingen titel");
                title = null;
            }
            ItemAccess access = entry.access() == ItemAccess.CLOSED || title != null && Titles.closed(entry.text())
                    ? ItemAccess.CLOSED : ItemAccess.OPEN;
            warnings.addAll(own);
            listed.add(new Item(entry.number(), title, null, null, listedKind(entry.text(), title), access, List.of(),
                    null, List.of(), List.copyOf(own)));
        }
        return listed;
    }

    /** The kind a listed entry shows ("I - …", "A - …"), announcements by title, otherwise information. */
    private static ItemKind listedKind(String entry, String title) {
        if (entry.matches("^[AIM] ?- .*")) {
            return ItemKind.fromLetter(entry.charAt(0));
        }
        return title != null && title.toLowerCase(java.util.Locale.ROOT).startsWith("meddelelser")
                ? ItemKind.ANNOUNCEMENTS : ItemKind.INFORMATION;
    }

    /** One pass over the lines, feeding the header until the first item and each item after it. */
    private static final class Reading {

        private final List<Line> lines;
        private final TableOfContents toc;
        private final HeaderParser header;
        private final List<String> warnings;
        private final List<ItemBuilder> builders;
        private ItemBuilder current;
        private ItemMeta pending;
        private ItemAccess groupAccess;
        private int previousNumber;

        Reading(List<Line> lines, TableOfContents toc, HeaderParser header, List<String> warnings,
                List<ItemBuilder> builders) {
            this.lines = lines;
            this.toc = toc;
            this.header = header;
            this.warnings = warnings;
            this.builders = builders;
        }

        void numbered() {
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (skip(line, i) || meta(line, i)) {
                    continue;
                }
                var heading = ItemHeadings.match(lines, i, previousNumber, pending != null, header.tableOfContents,
                        toc);
                if (heading.isPresent()) {
                    start(heading.get());
                } else if (current == null) {
                    header.accept(line);
                } else {
                    current.accept(line);
                }
            }
        }

        /**
         * A document without numbered items (a web page of one meeting, a single item's page): an item starts at
         * item metadata or the first known section heading, the next where metadata follows an item's text or its
         * first section heading comes again. A lone line the header could not place becomes the first item's title.
         */
        void unnumbered() {
            HeaderParser fresh = new HeaderParser();
            pending = null;
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (line.tableRule() || toc.covers(i) || line.pageBreak()) {
                    continue;
                }
                if (line.blank()) {
                    if (current != null) {
                        current.accept(line);
                    }
                    continue;
                }
                boolean strongMeta = ItemMeta.isStrongMeta(line);
                boolean knownHeading = SectionHeadings.known(line);
                boolean repeated = current != null && knownHeading && current.started()
                        && line.headingText().equals(current.firstHeading());
                if (strongMeta && (current == null || current.started()) || current == null && knownHeading
                        || repeated) {
                    String title = current == null ? loneTitle(fresh) : null;
                    ItemMeta meta = new ItemMeta();
                    current = new ItemBuilder(new ItemHeadings.Heading(builders.size() + 1, title, null, false, null),
                            meta, warnings, null, null);
                    builders.add(current);
                    if (title != null) {
                        fresh.placed(List.of(title));
                        fresh.unplaced.forEach(text -> current.accept(Line.of(text)));
                        fresh.placed(List.copyOf(fresh.unplaced));
                    }
                }
                if (current == null) {
                    fresh.accept(line);
                } else if (strongMeta && current.acceptsMeta()) {
                    current.meta(line);
                } else {
                    current.accept(line);
                }
            }
            header.warnings.clear();
            header.warnings.addAll(fresh.warnings);
            header.kind = fresh.kind;
            header.committeeName = fresh.committeeName;
            header.date = fresh.date;
            header.startTime = fresh.startTime;
            header.endTime = fresh.endTime;
            header.location = fresh.location;
            header.participants.clear();
            header.participants.addAll(fresh.participants);
            header.absentees.clear();
            header.absentees.addAll(fresh.absentees);
        }

        /** The first unplaced header line, if it reads as a title: short and not a sentence. */
        private static String loneTitle(HeaderParser header) {
            return header.unplaced.stream().findFirst()
                    .filter(text -> text.length() <= 200 && !text.endsWith(".") && !text.endsWith(":"))
                    .orElse(null);
        }

        private boolean skip(Line line, int index) {
            if (line.tableRule() || toc.covers(index) || line.pageBreak()) {
                return true;
            }
            if (current == null && header.acceptTableOfContents(line)) {
                return true;
            }
            Optional<ItemAccess> group = TableOfContents.group(line.text());
            if (group.isPresent()) {
                groupAccess = group.get();
                return true;
            }
            if (line.blank()) {
                if (current != null) {
                    current.accept(line);
                }
                return true;
            }
            return false;
        }

        private boolean meta(Line line, int index) {
            boolean metaLine = current != null && current.acceptsMeta() ? ItemMeta.isMeta(line)
                    : ItemMeta.isStrongMeta(line) || ItemMeta.isUnknownMarker(line) && headingFollows(index);
            if (metaLine && current != null && current.acceptsMeta()) {
                current.meta(line);
                return true;
            }
            if (metaLine) {
                pending = pending == null ? new ItemMeta() : pending;
                pending.accept(line);
                return true;
            }
            return false;
        }

        private void start(ItemHeadings.Heading heading) {
            current = new ItemBuilder(heading, pending, warnings, groupAccess,
                    toc.entry(heading.number()).orElse(null));
            builders.add(current);
            pending = null;
            previousNumber = heading.number();
        }

        /**
         * Whether the next line with text starts an item. Between items, a line that only looks like an access
         * marker ("Fortroligt punkt") is taken as the next item's marker when the item's heading follows it; followed
         * by more text it is the end of the previous item's text.
         */
        private boolean headingFollows(int index) {
            for (int next = index + 1; next < lines.size(); next++) {
                if (!lines.get(next).blank()) {
                    return ItemHeadings.match(lines, next, previousNumber, true, header.tableOfContents, toc)
                            .isPresent();
                }
            }
            return false;
        }
    }
}
