package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.radhus.meetings.importing.ParsedDocument.Item;

/** The same documents as text, HTML, PDF and Word give the same structure; the content must be what its type says. */
class DocumentFormatsTest {

    private static final int DECISION_START = 60;
    private static final String PAGE_HEADER = "Høje-Taastrup Kommune - Borger- og Erhvervsudvalget";

    private final AgendaDocumentParser parser = new AgendaDocumentParser();

    @ParameterizedTest
    @ValueSource(strings = {"/seeds/beu_dagsorden_2011-05-11.txt", "/seeds/direktionen_referat_2019-12-16.txt",
            "/imports/corpus/holbaek_aeldre_sundhed_referat_2020-06-04.txt",
            "/imports/corpus/koege_klima_planudvalget_referat_2020-01-09.txt"})
    void shouldReadTheSameItemsFromHtmlPdfAndWord(String fixture) {
        String text = resource(fixture);
        List<String> expected = structure(parser.parse(text));

        assertThat(expected).isNotEmpty();
        assertThat(structure(parse(DocumentFixtures.html(text).getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML)))
                .isEqualTo(expected);
        assertThat(structure(parse(DocumentFixtures.docx(text), DocumentFormat.DOCX))).isEqualTo(expected);
        assertThat(structure(parse(DocumentFixtures.pdf(text, PAGE_HEADER), DocumentFormat.PDF))).isEqualTo(expected);
    }

    @Test
    void shouldRemoveTheRunningPageHeaderAndFooterOfAPdf() {
        byte[] pdf = DocumentFixtures.pdf(resource("/seeds/beu_dagsorden_2011-05-11.txt"), PAGE_HEADER);

        String text = DocumentText.read(pdf, DocumentFormat.PDF);

        assertThat(text).doesNotContain(PAGE_HEADER).doesNotContainPattern("Side \\d+ af \\d+")
                .contains(PageLayout.PAGE_BREAK);
        assertThat(parser.parse(text).items()).allSatisfy(item -> assertThat(item.sections())
                .allSatisfy(section -> assertThat(section.body()).doesNotContain("Borger- og Erhvervsudvalget\n")));
    }

    @Test
    void shouldLeaveOutScriptsAndNavigationOfAWebPage() {
        String html = DocumentFixtures.html(resource("/imports/corpus/koege_klima_planudvalget_referat_2020-01-09.txt"));

        String text = DocumentText.read(html.getBytes(StandardCharsets.UTF_8), DocumentFormat.HTML);

        assertThat(text).doesNotContain("tracking").doesNotContain("Forside").contains("1. Godkendelse af dagsorden");
    }

    @Test
    void shouldRefuseContentThatIsNotWhatItsTypeSays() {
        byte[] pdf = DocumentFixtures.pdf("Dagsorden\n1. Punkt", PAGE_HEADER);
        byte[] docx = DocumentFixtures.docx("Dagsorden\n1. Punkt");
        byte[] text = "Dagsorden\nDato: 11-05-2011\n".getBytes(StandardCharsets.UTF_8);

        assertThat(DocumentFormat.sniff(pdf)).isEqualTo(DocumentFormat.PDF);
        assertThat(DocumentFormat.sniff(docx)).isEqualTo(DocumentFormat.DOCX);
        assertThat(DocumentFormat.sniff(text)).isEqualTo(DocumentFormat.TEXT);
        assertWrongType(pdf, DocumentFormat.TEXT, "indholdet er en PDF-fil, ikke text/plain");
        assertWrongType(docx, DocumentFormat.PDF, "indholdet er et Word-dokument (DOCX), ikke application/pdf");
        assertWrongType(text, DocumentFormat.DOCX, "indholdet er tekst, ikke application/vnd.openxmlformats");
        assertWrongType(pdf, DocumentFormat.HTML, "indholdet er en PDF-fil, ikke text/html");
    }

    @Test
    void shouldReportAPdfThatCannotBeReadAsUnreadableNotAsWrongType() {
        byte[] broken = "%PDF-1.7\nthis is no PDF".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> DocumentText.read(broken, DocumentFormat.PDF)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("PDF-filen kan ikke læses")
                .satisfies(e -> assertThat(((UnreadableDocument) e).wrongType()).isFalse());
    }

    @Test
    void shouldReadEveryPageOfALongPdf() {
        String seed = resource("/seeds/beu_dagsorden_2011-05-11.txt");
        byte[] pdf = DocumentFixtures.pdf((seed + "\n").repeat(2), PAGE_HEADER);

        String text = DocumentText.read(pdf, DocumentFormat.PDF);

        assertThat(text.split(PageLayout.PAGE_BREAK, -1).length - 1).isGreaterThanOrEqualTo(20);
        assertThat(text.split("Verdenskulturdag den 3. september 2011", -1)).hasSize(3);
        assertThat(parser.parse(text).items()).extracting(Item::number).containsExactly(1, 2, 3, 4, 5, 6);
    }

    private ParsedDocument parse(byte[] content, DocumentFormat format) {
        return parser.parse(DocumentText.read(content, format));
    }

    private static void assertWrongType(byte[] content, DocumentFormat declared, String message) {
        assertThatThrownBy(() -> DocumentText.read(content, declared)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((UnreadableDocument) e).wrongType()).isTrue());
    }

    /** Number, title, access, section headings and the decision's start (its words; a PDF wraps lines) of each item. */
    private static List<String> structure(ParsedDocument document) {
        return document.items().stream().map(DocumentFormatsTest::structure).toList();
    }

    private static String structure(Item item) {
        return item.number() + " | " + item.title() + " | " + item.access() + " | "
                + item.sections().stream().map(ParsedDocument.Section::heading).toList() + " | "
                + (item.decision() == null ? null : start(item.decision().text().replaceAll("\\s+", " ")));
    }

    private static String start(String text) {
        return text.length() > DECISION_START ? text.substring(0, DECISION_START) : text;
    }

    private static String resource(String name) {
        try (InputStream in = DocumentFormatsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
