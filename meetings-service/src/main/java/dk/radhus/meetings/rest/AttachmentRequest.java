package dk.radhus.meetings.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An attachment (bilag): a title and optionally a document reference and file metadata. */
@Schema(example = """
        {"title": "Årsberetning 2010", "documentReference": "3150105", "fileName": "aarsberetning-2010.pdf",
         "mediaType": "application/pdf", "sizeBytes": 183211}""")
public record AttachmentRequest(
        @NotBlank(message = "skal udfyldes") @Size(max = 500, message = "må højst være 500 tegn") String title,
        @Size(max = 100, message = "må højst være 100 tegn") String documentReference,
        @Size(max = 300, message = "må højst være 300 tegn") String fileName,
        @Size(max = 100, message = "må højst være 100 tegn") String mediaType,
        @PositiveOrZero(message = "må ikke være negativ") Long sizeBytes) {
}
