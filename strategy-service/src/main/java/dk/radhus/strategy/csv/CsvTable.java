package dk.radhus.strategy.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.radhus.platform.input.StrictInput;
import dk.radhus.platform.problem.ProblemException;

/**
 * An uploaded CSV file as rows of named cells with their line numbers. The first line is the header; the separator is
 * a semicolon if the header contains one (Danish Excel), otherwise a comma. Header names are case-insensitive.
 */
public final class CsvTable {

    /** One data row: the file line it ends on and its cells by lower-case header name. */
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
        int firstLineEnd = text.indexOf('\n');
        String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(header.contains(";") ? ';' : ',')
                .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true)
                .setIgnoreHeaderCase(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            List<String> names = parser.getHeaderNames().stream().map(String::toLowerCase).toList();
            for (String column : requiredColumns) {
                if (!names.contains(column.toLowerCase())) {
                    throw ProblemException.invalidField("header", "kolonnen '" + column + "' mangler; forventet: "
                            + String.join(", ", requiredColumns));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    cells.put(names.get(i), record.get(i));
                }
                rows.add(new Row(parser.getCurrentLineNumber(), cells));
            }
            if (rows.isEmpty()) {
                throw ProblemException.invalidField("file", "filen har ingen datalinjer");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.invalidField("file", "filen kan ikke læses som CSV");
        }
    }
}
