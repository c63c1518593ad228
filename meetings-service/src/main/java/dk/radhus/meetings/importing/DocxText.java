package dk.radhus.meetings.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document's body as lines: a paragraph in a heading style ("Heading 1", "Overskrift 1") as "## …", a paragraph
 * whose text is all bold as "**…**", a table row with its cells separated by tabs. Page headers and footers are
 * separate parts of the file and are not read.
 */
final class DocxText {

    private DocxText() {
    }

    static String of(byte[] content) {
        StringBuilder text = new StringBuilder();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph, text);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        text.append(String.join("\t", row.getTableCells().stream().map(XWPFTableCell::getText)
                                .map(cell -> cell.replace('\n', ' ').strip()).toList())).append('\n');
                    }
                    text.append('\n');
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocument("Word-dokumentet kan ikke læses", false);
        }
        return text.toString();
    }

    private static void paragraph(XWPFParagraph paragraph, StringBuilder text) {
        String line = paragraph.getText().strip();
        if (line.isEmpty()) {
            text.append('\n');
            return;
        }
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(Locale.ROOT);
        if (style.startsWith("heading") || style.startsWith("overskrift")) {
            text.append("## ").append(line);
        } else if (allBold(paragraph)) {
            text.append("**").append(line).append("**");
        } else {
            text.append(line);
        }
        text.append("\n\n");
    }

    private static boolean allBold(XWPFParagraph paragraph) {
        boolean any = false;
        for (XWPFRun run : paragraph.getRuns()) {
            String runText = run.text();
            if (runText == null || runText.isBlank()) {
                continue;
            }
            if (!run.isBold()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
