package dk.radhus.budget.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * A file's good account lines, kept as PostgreSQL COPY text rows (about 40 bytes a line) rather than as objects, so a
 * file of a million lines fits in a small heap and goes to the database in one stream. Columns: line number,
 * function, budget type, type, amount in kroner, cost centre, policy area.
 */
public final class AccountLineRows {

    private final ByteArrayOutputStream rows = new ByteArrayOutputStream(1 << 16);
    private final StringBuilder row = new StringBuilder(96);
    private int count;

    void add(int line, String function, String budgetType, String type, BigDecimal kroner, String costCentre,
            String policyArea) {
        row.setLength(0);
        row.append(line).append('\t').append(function).append('\t').append(budgetType).append('\t');
        text(type);
        row.append('\t').append(kroner.toPlainString()).append('\t');
        text(costCentre);
        row.append('\t').append(policyArea).append('\n');
        rows.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
        count++;
    }

    public int count() {
        return count;
    }

    /** The rows in COPY's text format. */
    public InputStream stream() {
        return new ByteArrayInputStream(rows.toByteArray());
    }

    /** An empty cell is SQL null; backslash, tab and line breaks are escaped as COPY's text format requires. */
    private void text(String value) {
        if (value.isEmpty()) {
            row.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
    }
}
