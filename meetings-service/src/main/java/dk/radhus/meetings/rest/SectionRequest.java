package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dk.radhus.meetings.SectionFormat;
import dk.radhus.meetings.SectionType;

/**
 * One section of an item; without a heading the type's Danish heading is used. {@code format} is TEXT (the default) or
 * HTML, whose body is reduced to tables and paragraphs of text (scripts, event handlers, links and images removed).
 */
@Schema(example = """
        {"type": "CASE_PRESENTATION", "heading": "Sagsfremstilling", "body": "Af kommuneaftalen 2009 fremgår det, at …",
         "format": "TEXT"}""")
public record SectionRequest(
        @NotNull(message = "skal udfyldes") SectionType type,
        @Size(max = 300, message = "må højst være 300 tegn") String heading,
        @NotBlank(message = "skal udfyldes") String body,
        SectionFormat format) {
}
