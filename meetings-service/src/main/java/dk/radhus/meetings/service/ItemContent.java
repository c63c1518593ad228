package dk.radhus.meetings.service;

import java.util.List;
import java.util.UUID;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.SectionFormat;
import dk.radhus.meetings.SectionType;
import dk.radhus.platform.events.ObjectReference;

/**
 * What an agenda item is to say, as its author wrote it (blank and untrimmed values are cleaned when it is applied);
 * once the agenda is published a change needs {@code amendmentReason}.
 */
public record ItemContent(Integer number, String title, String caseNumber, String documentNumber, ItemKind kind,
        ItemAccess access, List<Section> sections, List<AttachedFile> attachments, List<Reference> references,
        String amendmentReason) {

    public record Section(SectionType type, String heading, String body, SectionFormat format) {
    }

    public record AttachedFile(String title, String documentReference, String fileName, String mediaType,
            Long sizeBytes) {
    }

    public record Reference(ObjectReference.Kind kind, UUID id) {
    }
}
