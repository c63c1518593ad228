package dk.radhus.meetings.importing;

import dk.radhus.platform.input.StrictInput;

/**
 * The text of an uploaded document in the form the parser reads: lines, headings marked up ("## ", "**…**"), table
 * cells separated by tabs, and a form feed line between the pages of a PDF. The declared format is checked against
 * the content first.
 */
public final class DocumentText {

    private DocumentText() {
    }

    public static String read(byte[] content, DocumentFormat declared) {
        DocumentFormat actual = DocumentFormat.sniff(content);
        if (actual == null || !declared.admits(actual)) {
            throw new UnreadableDocument("indholdet er " + describe(actual) + ", ikke " + declared.mediaType()
                    + " som angivet i Content-Type", true);
        }
        String text = switch (declared) {
            case TEXT, MARKDOWN -> StrictInput.utf8(content).orElseThrow(() -> new UnreadableDocument(
                    "dokumentet er ikke gyldig UTF-8; gem det som tekst i UTF-8", false));
            case HTML -> HtmlText.of(content);
            case PDF -> PdfText.of(content);
            case DOCX -> DocxText.of(content);
        };
        if (text.isBlank()) {
            throw new UnreadableDocument("dokumentet er tomt", false);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableDocument("dokumentet indeholder NUL-tegnet og kan ikke læses som tekst", false);
        }
        return text;
    }

    private static String describe(DocumentFormat actual) {
        if (actual == null) {
            return "en zip-fil, der ikke er et Word-dokument";
        }
        return switch (actual) {
            case PDF -> "en PDF-fil";
            case DOCX -> "et Word-dokument (DOCX)";
            case HTML -> "HTML";
            default -> "tekst";
        };
    }
}
