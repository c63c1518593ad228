package dk.radhus.budget.tables;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dk.radhus.platform.csv.SpreadsheetCells;

/**
 * Renders a committee table as CSV (semicolon-separated, as Danish spreadsheets expect; a text cell that could start a
 * formula gets a leading quote, {@link SpreadsheetCells}) or as an HTML fragment.
 */
public final class TableRenderer {

    private TableRenderer() {
    }

    public static String csv(CommitteeTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(SpreadsheetCells.safe(table.columns()));
            for (CommitteeTable.Row row : table.rows()) {
                printer.printRecord(SpreadsheetCells.safe(padded(row, table.columns().size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A self-contained {@code <table>} that meetings-service can embed in an agenda item's finances section. */
    public static String html(CommitteeTable table) {
        StringBuilder html = new StringBuilder("<table class=\"radhus-budget-table\">\n<caption>")
                .append(escape(table.title())).append("</caption>\n<thead>\n<tr>");
        for (String column : table.columns()) {
            html.append("<th>").append(escape(column)).append("</th>");
        }
        html.append("</tr>\n</thead>\n<tbody>\n");
        for (CommitteeTable.Row row : table.rows()) {
            html.append("<tr class=\"").append(row.kind().name().toLowerCase()).append("\">");
            for (String cell : padded(row, table.columns().size())) {
                boolean bold = row.kind() == CommitteeTable.RowKind.TOTAL && !cell.isEmpty();
                html.append("<td>").append(bold ? "<b>" : "").append(escape(cell)).append(bold ? "</b>" : "")
                        .append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    private static List<String> padded(CommitteeTable.Row row, int width) {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
