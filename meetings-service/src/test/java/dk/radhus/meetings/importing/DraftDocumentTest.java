package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dk.radhus.meetings.importing.ParsedDocument.DocumentKind;

/** A document that says it is a draft in its title or a stamp is read as one, with its kind and committee. */
class DraftDocumentTest {

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Udkast til dagsorden for Økonomiudvalget | AGENDA",
            "Foreløbig dagsorden til Økonomiudvalget | AGENDA",
            "Foreløbigt referat fra mødet i Økonomiudvalget | MINUTES",
            "Referat (udkast) for Økonomiudvalget | MINUTES",
            "Referat for Økonomiudvalget (ikke godkendt) | MINUTES",
            "Økonomiudvalget - Beslutningsprotokol - udkast | MINUTES"})
    void shouldReadATitleThatSaysItIsADraft(String title, DocumentKind kind) {
        ParsedDocument document = parser.parse(document(title));
        assertThat(document.draft()).isTrue();
        assertThat(document.kind()).isEqualTo(kind);
        assertThat(document.committeeName()).isEqualTo("Økonomiudvalget");
    }

    @Test
    void shouldReadADraftStampOnALineOfItsOwn() {
        ParsedDocument document = parser.parse("UDKAST\n" + document("Dagsorden til Økonomiudvalget"));
        assertThat(document.draft()).isTrue();
        assertThat(document.committeeName()).isEqualTo("Økonomiudvalget");
        assertThat(document.warnings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dagsorden til Økonomiudvalget",
            "Referat for Økonomiudvalget",
            "Beslutningsprotokol for Økonomiudvalget"})
    void shouldNotTakeAFinalDocumentForADraft(String title) {
        assertThat(parser.parse(document(title)).draft()).isFalse();
    }

    @Test
    void shouldNotTakeTheWordDraftInAnItemForADraftDocument() {
        ParsedDocument document = parser.parse(document("Referat for Økonomiudvalget")
                .replace("Selve sagen.", "Udkast\nSelve sagen om et udkast til lokalplan, ikke godkendt."));
        assertThat(document.draft()).isFalse();
        assertThat(Seeds.parse(Seeds.DIRECTORATE_2019).draft()).isFalse();
        assertThat(Seeds.parse(Seeds.BEU_2011).draft()).isFalse();
    }

    private static String document(String title) {
        return title + """

                Dato: 01-02-2020

                **1. Orientering**
                Sagstype: Åben

                Sagsfremstilling:
                Selve sagen.
                """;
    }
}
