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
import dk.radhus.meetings.rest.AttachmentRequest;
import dk.radhus.meetings.rest.ItemRequest;
import dk.radhus.meetings.rest.ReferenceRequest;
import dk.radhus.meetings.rest.SectionRequest;
import dk.radhus.platform.problem.ProblemException;

/** Copies an item request onto an item, and names what a request would change. */
final class ItemWriter {

    private ItemWriter() {
    }

    static void apply(AgendaItem item, ItemRequest request) {
        item.number = request.number();
        item.title = request.title().strip();
        item.caseNumber = blankToNull(request.caseNumber());
        item.documentNumber = blankToNull(request.documentNumber());
        item.kind = request.kind();
        item.access = request.access();
        item.sections.clear();
        item.sections.addAll(sections(request));
        item.attachments.clear();
        item.attachments.addAll(attachments(request));
        item.references.clear();
        item.references.addAll(references(request));
    }

    /** The names of the fields the request changes; empty when it changes nothing. */
    static List<String> changes(AgendaItem item, ItemRequest request) {
        List<String> changed = new ArrayList<>();
        compare(changed, "number", item.number, request.number());
        compare(changed, "title", item.title, request.title().strip());
        compare(changed, "caseNumber", item.caseNumber, blankToNull(request.caseNumber()));
        compare(changed, "documentNumber", item.documentNumber, blankToNull(request.documentNumber()));
        compare(changed, "kind", item.kind, request.kind());
        compare(changed, "access", item.access, request.access());
        compare(changed, "sections", sectionKeys(item.sections), sectionKeys(sections(request)));
        compare(changed, "attachments", attachmentKeys(item.attachments), attachmentKeys(attachments(request)));
        compare(changed, "references", referenceKeys(item.references), referenceKeys(references(request)));
        return changed;
    }

    private static void compare(List<String> changed, String field, Object current, Object requested) {
        if (!Objects.equals(current, requested)) {
            changed.add(field);
        }
    }

    private static List<ItemSection> sections(ItemRequest request) {
        List<ItemSection> sections = new ArrayList<>();
        List<SectionRequest> requested = request.sectionsOrEmpty();
        for (int i = 0; i < requested.size(); i++) {
            SectionRequest section = requested.get(i);
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

    private static List<Attachment> attachments(ItemRequest request) {
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentRequest a : request.attachmentsOrEmpty()) {
            attachments.add(new Attachment(a.title().strip(), blankToNull(a.documentReference()),
                    blankToNull(a.fileName()), blankToNull(a.mediaType()), a.sizeBytes()));
        }
        return attachments;
    }

    private static List<ItemReference> references(ItemRequest request) {
        return request.referencesOrEmpty().stream()
                .map((ReferenceRequest r) -> new ItemReference(r.kind(), r.id().toString())).toList();
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
