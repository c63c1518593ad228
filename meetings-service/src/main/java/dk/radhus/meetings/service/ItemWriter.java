package dk.radhus.meetings.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.Attachment;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.SafeHtml;
import dk.radhus.meetings.SectionFormat;
import dk.radhus.platform.problem.ProblemException;

/** Copies an item's content onto the item, and names what the content would change. */
final class ItemWriter {

    private ItemWriter() {
    }

    static void apply(AgendaItem item, ItemContent content) {
        item.number = content.number();
        item.title = content.title().strip();
        item.caseNumber = blankToNull(content.caseNumber());
        item.documentNumber = blankToNull(content.documentNumber());
        item.kind = content.kind();
        // the secretary's own write states the access, so an imported item waiting for review has been reviewed
        item.reviewed(content.access());
        item.sections.clear();
        item.sections.addAll(sections(content));
        item.replaceAttachments(attachments(content));
        item.references.clear();
        item.references.addAll(references(content));
    }

    /** The names of the fields the content changes; empty when it changes nothing. */
    static List<String> changes(AgendaItem item, ItemContent content) {
        List<String> changed = new ArrayList<>();
        compare(changed, "number", item.number, content.number());
        compare(changed, "title", item.title, content.title().strip());
        compare(changed, "caseNumber", item.caseNumber, blankToNull(content.caseNumber()));
        compare(changed, "documentNumber", item.documentNumber, blankToNull(content.documentNumber()));
        compare(changed, "kind", item.kind, content.kind());
        compare(changed, "access", item.access, content.access());
        compare(changed, "sections", sectionKeys(item.sections), sectionKeys(sections(content)));
        compare(changed, "attachments", attachmentKeys(item.attachments),
                attachmentKeys(kept(item, attachments(content))));
        compare(changed, "references", referenceKeys(item.references), referenceKeys(references(content)));
        return changed;
    }

    private static void compare(List<String> changed, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            changed.add(field);
        }
    }

    private static List<ItemSection> sections(ItemContent content) {
        List<ItemSection> sections = new ArrayList<>();
        List<ItemContent.Section> requested = content.sections();
        for (int i = 0; i < requested.size(); i++) {
            ItemContent.Section section = requested.get(i);
            String heading = section.heading() == null || section.heading().isBlank()
                    ? section.type().danishHeading() : section.heading().strip();
            SectionFormat format = section.format() == null ? SectionFormat.TEXT : section.format();
            String body = format == SectionFormat.HTML ? SafeHtml.sanitize(section.body()) : section.body().strip();
            if (body.isEmpty() || format == SectionFormat.HTML && SafeHtml.text(body).isBlank()) {
                throw ProblemException.invalidField("sections[" + i + "].body",
                        "indeholder ingen tekst, når ikke-tilladt HTML er fjernet");
            }
            sections.add(new ItemSection(section.type(), heading, body, format));
        }
        return sections;
    }

    private static List<Attachment> attachments(ItemContent content) {
        List<Attachment> attachments = new ArrayList<>();
        for (ItemContent.AttachedFile a : content.attachments()) {
            attachments.add(new Attachment(a.title().strip(), blankToNull(a.documentReference()),
                    blankToNull(a.fileName()), blankToNull(a.mediaType()), a.sizeBytes()));
        }
        return attachments;
    }

    /** The attachments as they would be stored: one that keeps its stored file is described by the file. */
    private static List<Attachment> kept(AgendaItem item, List<Attachment> next) {
        for (int i = 0; i < next.size() && i < item.attachments.size(); i++) {
            if (AgendaItem.keepsFile(item.attachments.get(i), next.get(i))) {
                next.get(i).keepFileOf(item.attachments.get(i));
            }
        }
        return next;
    }

    private static List<ItemReference> references(ItemContent content) {
        return content.references().stream().map(r -> new ItemReference(r.kind(), r.id().toString())).toList();
    }

    static List<String> sectionKeys(List<ItemSection> sections) {
        return sections.stream().map(s -> s.type + "|" + s.heading + "|" + s.format + "|" + s.body).toList();
    }

    private static List<String> attachmentKeys(List<Attachment> attachments) {
        return attachments.stream().map(a -> a.title + "|" + a.documentReference + "|" + a.fileName + "|"
                + a.mediaType + "|" + a.sizeBytes).toList();
    }

    static List<String> referenceKeys(List<ItemReference> references) {
        return references.stream().map(r -> r.kind + "|" + r.targetId).toList();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
