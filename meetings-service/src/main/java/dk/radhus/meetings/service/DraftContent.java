package dk.radhus.meetings.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import dk.radhus.meetings.AgendaDraft;
import dk.radhus.meetings.AgendaItem;
import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.ItemProposal;
import dk.radhus.meetings.ItemReference;
import dk.radhus.meetings.ItemSection;
import dk.radhus.meetings.SectionType;
import dk.radhus.platform.events.ObjectReference;

/**
 * What a drafting source says an agenda item should contain. Merged into an existing item it replaces the title, the
 * sections of the types it drafts and the references of the kinds it drafts; everything the secretary added or set
 * otherwise (other sections, attachments, number, case number, kind, access) stays.
 */
record DraftContent(String title, ItemKind kind, ItemAccess access, List<ItemSection> sections,
        List<ItemReference> references) {

    static DraftContent of(AgendaDraft draft) {
        return new DraftContent(draft.title, draft.kind, draft.access, draft.sections, draft.references);
    }

    static DraftContent of(AgendaItem item) {
        return new DraftContent(item.title, item.kind, item.access, item.sections, item.references);
    }

    /** The content of a proposal; kind and access are not part of a proposal, so the item's own are kept. */
    static DraftContent of(ItemProposal proposal, AgendaItem item) {
        return new DraftContent(proposal.title, item.kind, item.access, proposal.sections, proposal.references);
    }

    void writeTo(AgendaDraft draft) {
        draft.title = title;
        draft.kind = kind;
        draft.access = access;
        replace(draft.sections, copies(sections));
        replace(draft.references, referenceCopies(references));
    }

    void writeTo(ItemProposal proposal) {
        proposal.title = title;
        replace(proposal.sections, copies(sections));
        replace(proposal.references, referenceCopies(references));
    }

    /** Fills a new item with the whole content. */
    void fill(AgendaItem item) {
        item.title = title;
        item.kind = kind;
        item.access = access;
        replace(item.sections, copies(sections));
        replace(item.references, referenceCopies(references));
    }

    /** The names of the fields that merging into {@code item} would change; empty when it changes nothing. */
    List<String> changes(AgendaItem item) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(item.title, title)) {
            changed.add("title");
        }
        if (!ItemWriter.sectionKeys(item.sections).equals(ItemWriter.sectionKeys(mergedSections(item.sections)))) {
            changed.add("sections");
        }
        if (!ItemWriter.referenceKeys(item.references)
                .equals(ItemWriter.referenceKeys(mergedReferences(item.references)))) {
            changed.add("references");
        }
        return changed;
    }

    void mergeInto(AgendaItem item) {
        List<ItemSection> mergedSections = mergedSections(item.sections);
        List<ItemReference> mergedReferences = mergedReferences(item.references);
        item.title = title;
        replace(item.sections, mergedSections);
        replace(item.references, mergedReferences);
    }

    /** Drafted sections take the place of the item's sections of their type; new types go at the end. */
    private List<ItemSection> mergedSections(List<ItemSection> current) {
        Map<SectionType, List<ItemSection>> drafted = new LinkedHashMap<>();
        sections.forEach(s -> drafted.computeIfAbsent(s.type, type -> new ArrayList<>()).add(s));
        Set<SectionType> placed = EnumSet.noneOf(SectionType.class);
        List<ItemSection> merged = new ArrayList<>();
        for (ItemSection section : current) {
            if (!drafted.containsKey(section.type)) {
                merged.add(copy(section));
            } else if (placed.add(section.type)) {
                merged.addAll(copies(drafted.get(section.type)));
            }
        }
        drafted.forEach((type, ofType) -> {
            if (placed.add(type)) {
                merged.addAll(copies(ofType));
            }
        });
        return merged;
    }

    private List<ItemReference> mergedReferences(List<ItemReference> current) {
        Set<ObjectReference.Kind> drafted = references.stream().map(r -> r.kind).collect(Collectors.toSet());
        List<ItemReference> merged = new ArrayList<>(referenceCopies(references));
        current.stream().filter(r -> !drafted.contains(r.kind)).map(r -> new ItemReference(r.kind, r.targetId))
                .forEach(merged::add);
        return merged;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    private static ItemSection copy(ItemSection s) {
        return new ItemSection(s.type, s.heading, s.body, s.format);
    }

    private static List<ItemSection> copies(List<ItemSection> sections) {
        return sections.stream().map(DraftContent::copy).toList();
    }

    private static List<ItemReference> referenceCopies(List<ItemReference> references) {
        return references.stream().map(r -> new ItemReference(r.kind, r.targetId)).toList();
    }
}
