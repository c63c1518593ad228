package dk.radhus.platform.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read row by row, each row with the file line it starts on, so that an error can name the line
 * and the column the user sees in the file. The first line is the header and is required; its separator chooses the
 * {@link CsvDialect}. Cells are trimmed, empty lines are skipped, and a cell may be quoted ({@code "1.234,50"},
 * {@code ""} for a quote). Decode the bytes with {@code StrictInput.utf8}, which refuses invalid UTF-8 and drops a byte
 * order mark.
 */
public final class CsvReader implements Iterable<CsvReader.Row> {

    /** One data row: the file line it starts on (1-based, empty lines counted) and its trimmed cells. */
    public static final class Row {

        private final int line;
        private final CSVRecord record;
        private final int columns;

        private Row(int line, CSVRecord record, int columns) {
            this.line = line;
            this.record = record;
            this.columns = columns;
        }

        public int line() {
            return line;
        }

        public int size() {
            return record.size();
        }

        /** Whether the row has as many cells as the header has columns. */
        public boolean complete() {
            return record.size() == columns;
        }

        /** The cell in {@code column} (0-based) without surrounding white space, or "" when the row is shorter. */
        public String cell(int column) {
            return column < record.size() ? record.get(column).strip() : "";
        }
    }

    /** The file cannot be read as CSV, e.g. a quote that is never closed; {@link #line()} is where reading stopped. */
    public static final class UnreadableException extends RuntimeException {

        private final long line;

        UnreadableException(long line, Throwable cause) {
            super("CSV unreadable at line " + line, cause);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** The longest header line read: a header names a few columns. */
    public static final int MAX_HEADER_CHARS = 4096;

    private final String text;
    private final CsvDialect dialect;
    private final CSVParser parser;
    private final List<String> header;
    private final int[] lineStarts;

    private CsvReader(String text, CsvDialect dialect, CSVParser parser) {
        this.text = text;
        this.dialect = dialect;
        this.parser = parser;
        this.header = List.copyOf(parser.getHeaderNames());
        this.lineStarts = lineStarts(text);
    }

    /**
     * Reads the header of {@code text}; the rows are read as they are iterated.
     *
     * @throws UnreadableException when the header cannot be read, or is longer than {@link #MAX_HEADER_CHARS} (no
     *         file the suite takes has such a header, and parsing megabytes of one cell as a header cost a service its
     *         heap)
     */
    public static CsvReader of(String text) {
        String header = firstLine(text);
        if (header.length() > MAX_HEADER_CHARS) {
            throw new UnreadableException(1, new IllegalArgumentException(
                    "header line of " + header.length() + " characters, more than " + MAX_HEADER_CHARS));
        }
        CsvDialect dialect = CsvDialect.ofHeader(header);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.separator()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .get();
        try {
            CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get();
            return new CsvReader(text, dialect, parser);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableException(1, e);
        }
    }

    /** The first line of {@code text}, without its line break. */
    public static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** The number of data lines (excluding the header) in the raw bytes, for progress before reading starts. */
    public static int dataLines(byte[] content) {
        int lines = 0;
        boolean pending = false;
        for (byte b : content) {
            if (b == '\n') {
                lines++;
                pending = false;
            } else if (b != '\r') {
                pending = true;
            }
        }
        return Math.max(0, lines + (pending ? 1 : 0) - 1);
    }

    public CsvDialect dialect() {
        return dialect;
    }

    /** The header's column names as written, trimmed; a missing name is "". */
    public List<String> header() {
        return header;
    }

    /** The rows; reading one that is not CSV throws {@link UnreadableException}. */
    @Override
    public Iterator<Row> iterator() {
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new UnreadableException(parser.getCurrentLineNumber() + 1, e);
                }
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CSVRecord record = records.next();
                return new Row(lineAt(record.getCharacterPosition()), record, header.size());
            }
        };
    }

    /**
     * The 1-based line a record starts on, so lines match the file even with empty or multi-line rows. A record's
     * position is where the parser began looking for it, before the empty lines it skipped.
     */
    private int lineAt(long recordPosition) {
        int position = (int) recordPosition;
        while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
            position++;
        }
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[Math.max(16, text.length() / 32)];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}
