package dk.radhus.platform.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cells of a CSV the suite writes, made safe to open in a spreadsheet (OWASP, CSV injection): a text cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be run as a formula, so it gets a
 * leading single quote. A number stays a number — {@code -1200.50}, and as Danish tables print it
 * {@code -1.200,5} — and so does a lone {@code -}, the tables' mark for a figure that means nothing, which no
 * spreadsheet reads as a formula.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d.,]*%?|-");

    private SpreadsheetCells() {
    }

    /** The cell as it can be written: unchanged, or with a leading {@code '} when it could start a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0
                || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** Every cell of a record made safe; a value that is not text (a number, a year) is written as it is. */
    public static List<Object> safe(List<?> cells) {
        return cells.stream().map(cell -> cell instanceof String text ? (Object) safe(text) : cell).toList();
    }
}
