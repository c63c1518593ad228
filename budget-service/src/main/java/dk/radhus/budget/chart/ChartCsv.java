package dk.radhus.budget.chart;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dk.radhus.platform.csv.CsvReader;
import dk.radhus.platform.input.StrictInput;

/**
 * Reads the chart of accounts from CSV (either dialect, header required): functions as {@code funktion;navn}, and
 * dranst/art combinations as {@code dranst;art;navn}. Every bad line is reported; a code twice is an error.
 */
public final class ChartCsv {

    /** A row: its code(s) and name. For functions {@code budgetType} is 0. */
    public record Entry(int budgetType, String code, String name) {
    }

    private static final Pattern FUNCTION = Pattern.compile("[0-9]\\.[0-9]{2}\\.[0-9]{2}");
    private static final Pattern BUDGET_TYPE = Pattern.compile("[1-7]");
    private static final Pattern TYPE = Pattern.compile("[0-9](\\.[0-9]{1,2})?");
    private static final int MAX_NAME = 200;

    private ChartCsv() {
    }

    public static List<Entry> functions(byte[] content) {
        return read(content, false);
    }

    public static List<Entry> types(byte[] content) {
        return read(content, true);
    }

    private static List<Entry> read(byte[] content, boolean types) {
        Optional<String> text = StrictInput.utf8(content);
        if (text.isEmpty() || CsvReader.firstLine(text.get()).isBlank()) {
            throw rejected(1, "-", "file", "filen skal være UTF-8 og starte med en overskriftslinje");
        }
        CsvReader csv;
        try {
            csv = CsvReader.of(text.get());
        } catch (CsvReader.UnreadableException e) {
            throw rejected(1, "-", "file", "filen kan ikke læses som CSV");
        }
        List<String> header = csv.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> expected = types ? List.of("dranst", "art", "navn") : List.of("funktion", "navn");
        if (!header.equals(expected)) {
            throw rejected(1, "-", "header", "overskriften skal være " + String.join(";", expected));
        }
        List<ChartLineError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            for (CsvReader.Row row : csv) {
                if (!row.complete()) {
                    errors.add(new ChartLineError(row.line(), "-", "line",
                            "forventede %d kolonner, fandt %d".formatted(expected.size(), row.size())));
                    continue;
                }
                int before = errors.size();
                String name = row.cell(expected.size() - 1);
                if (name.isEmpty() || name.length() > MAX_NAME) {
                    errors.add(new ChartLineError(row.line(), "navn", "name", "skal angives, højst " + MAX_NAME
                            + " tegn"));
                }
                int budgetType = 0;
                String code;
                if (types) {
                    if (BUDGET_TYPE.matcher(row.cell(0)).matches()) {
                        budgetType = Integer.parseInt(row.cell(0));
                    } else {
                        errors.add(new ChartLineError(row.line(), "dranst", "budgetType",
                                "skal være en dranst fra 1 til 7"));
                    }
                    code = row.cell(1);
                    if (!TYPE.matcher(code).matches()) {
                        errors.add(new ChartLineError(row.line(), "art", "type",
                                "skal være en art på formen d eller d.d, fx 5.9"));
                    }
                } else {
                    code = row.cell(0);
                    if (!FUNCTION.matcher(code).matches()) {
                        errors.add(new ChartLineError(row.line(), "funktion", "function",
                                "skal være en funktion på formen d.dd.dd, fx 6.45.51"));
                    }
                }
                if (errors.size() == before && !seen.add(budgetType + "/" + code)) {
                    errors.add(new ChartLineError(row.line(), types ? "art" : "funktion", types ? "type" : "function",
                            "står der allerede"));
                }
                if (errors.size() == before) {
                    entries.add(new Entry(budgetType, code, name));
                }
            }
        } catch (CsvReader.UnreadableException e) {
            errors.add(new ChartLineError((int) e.line(), "-", "file", "filen kan ikke læses som CSV herfra"));
        }
        if (entries.isEmpty() && errors.isEmpty()) {
            errors.add(new ChartLineError(2, "-", "line", "filen indeholder ingen linjer"));
        }
        if (!errors.isEmpty()) {
            throw new ChartRejectedException(errors);
        }
        return entries;
    }

    /** The combinations as arts per dranst. */
    public static Map<Integer, Set<String>> byBudgetType(List<Entry> types) {
        Map<Integer, Set<String>> result = new TreeMap<>();
        types.forEach(t -> result.computeIfAbsent(t.budgetType(), k -> new HashSet<>()).add(t.code()));
        return result;
    }

    private static ChartRejectedException rejected(int line, String column, String field, String message) {
        return new ChartRejectedException(List.of(new ChartLineError(line, column, field, message)));
    }
}
