package dk.radhus.meetings.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.nodes.Entities;

/**
 * PDF, Word and HTML versions of the project's own text fixtures, built with the libraries the importer reads them
 * with: the text's lines in order, a PDF with a running page header and "Side N af M" footer on every page.
 */
public final class DocumentFixtures {

    private static final float FONT_SIZE = 8;
    private static final float LEADING = 11;
    private static final float MARGIN = 50;
    private static final int WRAP = 110;

    private DocumentFixtures() {
    }

    /** The text's lines as a PDF, {@code header} at the top of every page. */
    public static byte[] pdf(String text, String header) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        List<String> lines = wrapped(text, font);
        int perPage = (int) ((PDRectangle.A4.getHeight() - 4 * MARGIN) / LEADING);
        int pages = Math.max(1, (lines.size() + perPage - 1) / perPage);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float top = PDRectangle.A4.getHeight() - MARGIN;
                    write(content, font, MARGIN, top, List.of(header));
                    write(content, font, MARGIN, top - 2 * LEADING,
                            lines.subList(p * perPage, Math.min(lines.size(), (p + 1) * perPage)));
                    write(content, font, MARGIN, MARGIN, List.of("Side " + (p + 1) + " af " + pages));
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text's lines as Word paragraphs. */
    public static byte[] docx(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(line.replace('\t', ' '));
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text's lines as paragraphs of a web page with navigation and a script around them. */
    public static String html(String text) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Referat"
                + "</title><script>var tracking = 'Sagsfremstilling';</script></head><body>"
                + "<nav><a href=\"/\">Forside</a> <a href=\"/dagsordener\">Dagsordener</a></nav><main>");
        for (String line : text.split("\n")) {
            html.append("<p>").append(Entities.escape(line)).append("</p>\n");
        }
        return html.append("</main></body></html>").toString();
    }

    private static void write(PDPageContentStream content, PDType1Font font, float x, float y, List<String> lines)
            throws IOException {
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.setLeading(LEADING);
        content.newLineAtOffset(x, y);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    /** Lines no wider than the page, in characters the standard font can show. */
    private static List<String> wrapped(String text, PDType1Font font) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            String shown = showable(line.replace('\t', ' ').replace('\u00a0', ' '), font);
            while (shown.length() > WRAP) {
                int cut = shown.lastIndexOf(' ', WRAP);
                cut = cut <= 0 ? WRAP : cut;
                lines.add(shown.substring(0, cut));
                shown = shown.substring(cut).strip();
            }
            lines.add(shown);
        }
        return lines;
    }

    private static String showable(String line, PDType1Font font) {
        StringBuilder shown = new StringBuilder();
        for (int c = 0; c < line.length(); c++) {
            String character = String.valueOf(line.charAt(c));
            try {
                font.encode(character);
                shown.append(character);
            } catch (IOException | IllegalArgumentException e) {
                shown.append('?');
            }
        }
        return shown.toString();
    }
}
