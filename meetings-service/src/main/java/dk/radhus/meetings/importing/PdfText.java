package dk.radhus.meetings.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text, page by page, with its running page headers and footers removed: a line among the first or last
 * {@value #EDGE} lines of a page that recurs on at least two pages and half of them (digits counted alike, so "Side 3 af 56"
 * recurs) is page furniture. Pages are separated by a form feed line, which the parser reads as a page break.
 */
final class PdfText {

    /** What the stripper writes at the end of each page, so that one pass over the document yields its pages. */
    private static final String PAGE_END = "\n\u000c\u000c\n";
    private static final int EDGE = 2;
    private static final int MIN_PAGES = 2;

    private PdfText() {
    }

    static String of(byte[] content) {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd(PAGE_END);
            for (String page : stripper.getText(document).split(PAGE_END, -1)) {
                pages.add(page.lines().filter(line -> !line.isBlank()).map(String::stripTrailing).toList());
            }
            if (pages.size() > document.getNumberOfPages()) {
                pages.remove(pages.size() - 1);
            }
        } catch (IOException e) {
            throw new UnreadableDocument("PDF-filen kan ikke læses (beskadiget eller krypteret)", false);
        }
        Map<String, Integer> recurring = recurringEdges(pages);
        StringBuilder text = new StringBuilder();
        for (List<String> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                boolean edge = i < EDGE || i >= page.size() - EDGE;
                int recurs = recurring.getOrDefault(key(page.get(i)), 0);
                if (!(edge && recurs >= MIN_PAGES && recurs * 2 >= pages.size())) {
                    text.append(page.get(i)).append('\n');
                }
            }
            text.append('\n').append(PageLayout.PAGE_BREAK).append('\n');
        }
        return text.toString();
    }

    /** How many pages have each edge line (digits alike). */
    private static Map<String, Integer> recurringEdges(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> page : pages) {
            page.stream().filter(line -> page.indexOf(line) < EDGE || page.lastIndexOf(line) >= page.size() - EDGE)
                    .map(PdfText::key).distinct().forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
