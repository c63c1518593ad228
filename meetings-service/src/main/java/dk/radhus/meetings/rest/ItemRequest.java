package dk.radhus.meetings.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.ItemAccess;
import dk.radhus.meetings.ItemKind;
import dk.radhus.meetings.service.ItemContent;

/**
 * Add or change an agenda item. Once the agenda is published a change is an amendment and needs
 * {@code amendmentReason}.
 */
@Schema(example = """
        {"number": 2, "title": "Kvalitetskontrakt - overordnet målsætning og statusredegørelse", "caseNumber": "3118504",
         "documentNumber": "3126215", "kind": "DECISION", "access": "OPEN",
         "sections": [{"type": "CASE_PRESENTATION", "body": "Af kommuneaftalen 2009 …"},
                      {"type": "RECOMMENDATION", "body": "Administrationen indstiller, at udvalget godkender …"}],
         "attachments": [{"title": "Kvalitetskontrakter - forventningsafstemning", "documentReference": "2723138"}],
         "references": [{"kind": "QUALITY_CONTRACT_FOLLOW_UP", "id": "3f6c2a9e-8d41-4b7a-9c15-2e0b7d4a6f38"}],
         "amendmentReason": null}""")
public record ItemRequest(
        @NotNull(message = "skal udfyldes") @Min(value = 1, message = "skal være mindst 1") Integer number,
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String title,
        @Size(max = 60, message = "må højst være 60 tegn") String caseNumber,
        @Size(max = 60, message = "må højst være 60 tegn") String documentNumber,
        @NotNull(message = "skal udfyldes") ItemKind kind,
        @NotNull(message = "skal udfyldes") ItemAccess access,
        List<@Valid @NotNull(message = "skal udfyldes") SectionRequest> sections,
        List<@Valid @NotNull(message = "skal udfyldes") AttachmentRequest> attachments,
        List<@Valid @NotNull(message = "skal udfyldes") ReferenceRequest> references,
        @Size(max = 1000, message = "må højst være 1000 tegn") String amendmentReason) {

    /** The item's content as the service takes it. */
    public ItemContent content() {
        return new ItemContent(number, title, caseNumber, documentNumber, kind, access,
                sectionsOrEmpty().stream()
                        .map(s -> new ItemContent.Section(s.type(), s.heading(), s.body(), s.format())).toList(),
                attachmentsOrEmpty().stream().map(a -> new ItemContent.AttachedFile(a.title(), a.documentReference(),
                        a.fileName(), a.mediaType(), a.sizeBytes())).toList(),
                referencesOrEmpty().stream().map(r -> new ItemContent.Reference(r.kind(), r.id())).toList(),
                amendmentReason);
    }

    public List<SectionRequest> sectionsOrEmpty() {
        return sections == null ? List.of() : sections;
    }

    public List<AttachmentRequest> attachmentsOrEmpty() {
        return attachments == null ? List.of() : attachments;
    }

    public List<ReferenceRequest> referencesOrEmpty() {
        return references == null ? List.of() : references;
    }
}
