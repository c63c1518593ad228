package dk.radhus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark's result as a Markdown table, printed to the console and written to
 * {@code bench/target/bench-results/<name>.md}, so that it can be pasted into docs/BENCHMARKS.md as measured.
 */
final class ResultTable {

    private final String name;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    ResultTable(String name, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    ResultTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.length);
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell instanceof Double d ? format(d) : String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    ResultTable note(String note) {
        notes.add(note);
        return this;
    }

    static String format(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append("---|".repeat(columns.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        for (String note : notes) {
            out.append('\n').append(note).append('\n');
        }
        return out.toString();
    }

    /** Prints the table and writes it to the results directory. */
    void publish() {
        String text = "\n## " + name + "\n\n" + markdown();
        System.out.println(text);
        try {
            Path directory = Path.of("target", "bench-results");
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(name.replaceAll("[^A-Za-z0-9-]+", "-") + ".md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
