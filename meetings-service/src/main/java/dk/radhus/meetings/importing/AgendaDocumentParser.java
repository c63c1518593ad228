package dk.radhus.meetings.importing;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dk.radhus.meetings.importing.ParsedDocument.Item;

/**
 * Turns a plain-text or Markdown agenda (dagsorden) or minutes (referat) into a {@link ParsedDocument}: the header,
 * then items, each split into sections, decision and attachments. Nothing is dropped silently: what cannot be placed
 * is kept in a free-text section or reported as a warning.
 */
@ApplicationScoped
public class AgendaDocumentParser {

    public ParsedDocument parse(String document) {
        List<Line> lines = document.replace("\r\n", "\n").replace('\r', '\n').lines().map(Line::of).toList();
        HeaderParser header = new HeaderParser();
        List<String> warnings = new ArrayList<>();
        List<ItemBuilder> builders = new ArrayList<>();
        ItemBuilder current = null;
        ItemMeta pending = null;
        int previousNumber = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.tableRule()) {
                continue;
            }
            if (current == null && header.acceptTableOfContents(line)) {
                continue;
            }
            if (line.blank()) {
                if (current != null) {
                    current.accept(line);
                }
                continue;
            }
            boolean metaLine = current != null && current.acceptsMeta() ? ItemMeta.isMeta(line)
                    : ItemMeta.isStrongMeta(line) || ItemMeta.isUnknownMarker(line)
                            && headingFollows(lines, i, previousNumber, header.tableOfContents);
            if (metaLine && current != null && current.acceptsMeta()) {
                current.meta(line);
                continue;
            }
            if (metaLine) {
                pending = pending == null ? new ItemMeta() : pending;
                pending.accept(line);
                continue;
            }
            var heading = ItemHeadings.match(lines, i, previousNumber, pending != null, header.tableOfContents);
            if (heading.isPresent()) {
                current = new ItemBuilder(heading.get(), pending, warnings);
                builders.add(current);
                pending = null;
                previousNumber = heading.get().number();
            } else if (current == null) {
                header.accept(line);
            } else {
                current.accept(line);
            }
        }
        if (pending != null && !pending.empty()) {
            warnings.add("Sagsoplysninger efter sidste punkt hører ikke til noget punkt");
        }
        List<Item> items = builders.stream().map(b -> b.build(header.date)).toList();
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
                header.kind == null ? ParsedDocument.DocumentKind.AGENDA : header.kind, header.committeeName,
                header.date, header.startTime, header.endTime, header.location, List.copyOf(header.participants),
                List.copyOf(header.absentees), List.copyOf(header.tableOfContents), items, List.copyOf(allWarnings));
    }

    /**
     * Whether the next line with text starts an item. Between items, a line that only looks like an access marker
     * ("Fortroligt punkt") is taken as the next item's marker when the item's heading follows it; followed by more
     * text it is the end of the previous item's text.
     */
    private static boolean headingFollows(List<Line> lines, int index, int previousNumber, List<String> contents) {
        for (int next = index + 1; next < lines.size(); next++) {
            if (!lines.get(next).blank()) {
                return ItemHeadings.match(lines, next, previousNumber, true, contents).isPresent();
            }
        }
        return false;
    }
}
