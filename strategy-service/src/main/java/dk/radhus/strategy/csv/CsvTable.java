package dk.radhus.strategy.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.radhus.platform.csv.CsvReader;
import dk.radhus.platform.input.StrictInput;
import dk.radhus.platform.problem.ProblemException;

/**
 * An uploaded CSV file as rows of named cells with their line numbers, read by the platform's {@link CsvReader}: the
 * first line is the header; the separator is a semicolon if the header contains one (Danish Excel), otherwise a comma.
 * Header names are case-insensitive.
 */
public final class CsvTable {

    /** One data row: the file line it starts on and its cells by lower-case header name. */
    public record Row(long line, Map<String, String> cells) {

        public String cell(String column) {
            String value = cells.get(column.toLowerCase());
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private CsvTable() {
    }

    /**
     * The uploaded bytes as text: UTF-8 strictly (a file saved in another encoding is a 400, not silently garbled) and
     * without the NUL character, which no text column can store.
     */
    public static String text(byte[] upload) {
        String text = StrictInput.utf8(upload).orElseThrow(() -> ProblemException.invalidField("file",
                "filen er ikke gyldig UTF-8; gem den som CSV (UTF-8)"));
        if (text.indexOf('\u0000') >= 0) {
            throw ProblemException.invalidField("file", "filen indeholder NUL-tegnet og kan ikke læses som tekst");
        }
        return text;
    }

    /** Parses {@code text}; a missing column or an unreadable file is a 400 naming the header or the line. */
    public static List<Row> parse(String text, Set<String> requiredColumns) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("file", "filen er tom");
        }
        try {
            CsvReader csv = CsvReader.of(text);
            List<String> names = csv.header().stream().map(String::toLowerCase).toList();
            if (names.contains("")) {
                throw unreadable();
            }
            for (String column : requiredColumns) {
                if (!names.contains(column.toLowerCase())) {
                    throw ProblemException.invalidField("header", "kolonnen '" + column + "' mangler; forventet: "
                            + String.join(", ", requiredColumns));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CsvReader.Row row : csv) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < names.size() && i < row.size(); i++) {
                    cells.put(names.get(i), row.cell(i));
                }
                rows.add(new Row(row.line(), cells));
            }
            if (rows.isEmpty()) {
                throw ProblemException.invalidField("file", "filen har ingen datalinjer");
            }
            return rows;
        } catch (CsvReader.UnreadableException e) {
            throw unreadable();
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.invalidField("file", "filen kan ikke læses som CSV");
    }
}
