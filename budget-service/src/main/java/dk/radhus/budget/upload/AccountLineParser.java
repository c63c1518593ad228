package dk.radhus.budget.upload;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.structure.FunctionMapping;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.input.StrictInput;

/**
 * Reads a CSV file of account lines (function, budget type, type, amount, cost centre, text) and aggregates the
 * amounts to policy areas. Two dialects: {@code ;} with Danish decimal commas (1.234,50) and {@code ,} with decimal
 * points (1234.50), told apart by the header row, which is required. UTF-8 with or without a byte order mark. Every
 * bad line is reported; the caller stores nothing unless there are none.
 */
public final class AccountLineParser {

    /** Aggregated amounts per policy area, in kroner, and how many lines each has. */
    public record Result(int lines, Map<String, Aggregate> byPolicyArea, List<AccountLineError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One policy area's share of the file. */
    public record Aggregate(int lines, BigDecimal kroner) {
    }

    /** A column: its key in error reports, its Danish name, and the header names accepted for it. */
    private enum Field {
        FUNCTION(true, "function", "funktion"),
        BUDGET_TYPE(true, "budgetType", "dranst", "budget_type"),
        TYPE(false, "type", "art"),
        AMOUNT(true, "amount", "beløb", "belob"),
        COST_CENTRE(false, "costCentre", "omkostningssted", "cost_centre", "costcenter", "cost_center"),
        TEXT(false, "text", "tekst");

        final boolean required;
        final String key;
        final String danish;
        final List<String> names;

        Field(boolean required, String key, String danish, String... aliases) {
            this.required = required;
            this.key = key;
            this.danish = danish;
            List<String> all = new ArrayList<>(List.of(key.toLowerCase(Locale.ROOT), danish));
            all.addAll(List.of(aliases));
            this.names = List.copyOf(all);
        }

        static Optional<Field> named(String header) {
            String name = header.strip().toLowerCase(Locale.ROOT);
            for (Field field : values()) {
                if (field.names.contains(name)) {
                    return Optional.of(field);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern FUNCTION = Pattern.compile("[0-9]\\.[0-9]{2}\\.[0-9]{2}");
    private static final Pattern BUDGET_TYPE = Pattern.compile("[1-7]");
    private static final Pattern TYPE = Pattern.compile("[0-9](\\.[0-9]{1,2})?");
    private static final Pattern DANISH_AMOUNT = Pattern.compile("-?([0-9]{1,3}(\\.[0-9]{3})+|[0-9]+)(,[0-9]+)?");
    private static final Pattern POINT_AMOUNT = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final int MAX_TEXT = 500;

    private final FunctionMapping mapping;
    private final Function<String, Optional<String>> areaRejection;
    private final AmountUnit unit;

    /**
     * @param areaRejection why a policy area may not receive lines in this upload (e.g. another committee's area),
     *                      or empty when it may
     */
    public AccountLineParser(FunctionMapping mapping, Function<String, Optional<String>> areaRejection,
            AmountUnit unit) {
        this.mapping = mapping;
        this.areaRejection = areaRejection;
        this.unit = unit;
    }

    /** The number of data lines (excluding the header), for progress before parsing starts. */
    public static int countLines(byte[] content) {
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

    public Result parse(byte[] content, IntConsumer progress) {
        Optional<String> decoded = StrictInput.utf8(content);
        if (decoded.isEmpty()) {
            return failed(new AccountLineError(1, "-", "file", "filen er ikke gyldig UTF-8"));
        }
        String text = decoded.get();
        int firstLineEnd = text.indexOf('\n');
        String header = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        if (header.isBlank()) {
            return failed(new AccountLineError(1, "-", "header", "filen skal starte med en overskriftslinje"));
        }
        boolean danish = header.contains(";");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(danish ? ';' : ',').setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            return parse(parser, new LineIndex(text), danish, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            return failed(new AccountLineError(1, "-", "file",
                    "filen kan ikke læses som CSV (fx et citationstegn, der ikke lukkes)"));
        }
    }

    private Result parse(CSVParser parser, LineIndex index, boolean danish, IntConsumer progress) {
        List<AccountLineError> errors = new ArrayList<>();
        Map<Field, String> columns = columns(parser.getHeaderNames(), errors);
        if (!errors.isEmpty()) {
            return new Result(0, Map.of(), errors);
        }
        Map<String, BigDecimal> kroner = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int lines = 0;
        for (CSVRecord record : parser) {
            lines++;
            int lineNumber = index.lineAt(record.getCharacterPosition());
            int before = errors.size();
            if (!record.isConsistent()) {
                errors.add(new AccountLineError(lineNumber, "-", "line", "forventede %d kolonner, fandt %d"
                        .formatted(parser.getHeaderNames().size(), record.size())));
                continue;
            }
            Line line = line(record, columns, lineNumber, danish, errors);
            if (errors.size() == before) {
                kroner.merge(line.policyArea, line.kroner, BigDecimal::add);
                counts.merge(line.policyArea, 1, Integer::sum);
            }
            progress.accept(lines);
        }
        if (lines == 0) {
            errors.add(new AccountLineError(2, "-", "line", "filen indeholder ingen kontolinjer"));
        }
        Map<String, Aggregate> aggregates = new HashMap<>();
        kroner.forEach((area, sum) -> aggregates.put(area, new Aggregate(counts.get(area), sum)));
        return new Result(lines, aggregates, errors);
    }

    private record Line(String policyArea, BigDecimal kroner) {
    }

    /** Line numbers (1-based) from character positions, so reported lines match the file even with empty lines. */
    private static final class LineIndex {

        private final int[] starts;

        LineIndex(String text) {
            List<Integer> found = new ArrayList<>();
            found.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        int lineAt(long position) {
            int found = Arrays.binarySearch(starts, (int) position);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    private Line line(CSVRecord record, Map<Field, String> columns, int lineNumber, boolean danish,
            List<AccountLineError> errors) {
        String function = value(record, columns, Field.FUNCTION);
        String policyArea = null;
        if (!FUNCTION.matcher(function).matches()) {
            errors.add(error(lineNumber, columns, Field.FUNCTION,
                    "skal være en funktion på formen d.dd.dd, fx 6.45.51"));
        } else {
            policyArea = mapping.policyAreaOf(function).orElse(null);
            if (policyArea == null) {
                errors.add(error(lineNumber, columns, Field.FUNCTION,
                        "funktionen " + function + " er ikke knyttet til et politikområde"));
            } else {
                areaRejection.apply(policyArea).ifPresent(reason ->
                        errors.add(error(lineNumber, columns, Field.FUNCTION, reason)));
            }
        }
        if (!BUDGET_TYPE.matcher(value(record, columns, Field.BUDGET_TYPE)).matches()) {
            errors.add(error(lineNumber, columns, Field.BUDGET_TYPE, "skal være en dranst fra 1 til 7"));
        }
        String type = value(record, columns, Field.TYPE);
        if (!type.isEmpty() && !TYPE.matcher(type).matches()) {
            errors.add(error(lineNumber, columns, Field.TYPE, "skal være en art på formen d eller d.d, fx 5.9"));
        }
        if (value(record, columns, Field.TEXT).length() > MAX_TEXT) {
            errors.add(error(lineNumber, columns, Field.TEXT, "må højst være " + MAX_TEXT + " tegn"));
        }
        BigDecimal amount = amount(value(record, columns, Field.AMOUNT), danish);
        if (amount == null) {
            errors.add(error(lineNumber, columns, Field.AMOUNT, danish
                    ? "skal være et beløb med decimalkomma, fx -1.234,50"
                    : "skal være et beløb med decimalpunktum, fx -1234.50"));
            return null;
        }
        return new Line(policyArea, Amounts.toKroner(amount, unit));
    }

    private static BigDecimal amount(String text, boolean danish) {
        if (danish && DANISH_AMOUNT.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        if (!danish && POINT_AMOUNT.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return null;
    }

    private static Map<Field, String> columns(List<String> headers, List<AccountLineError> errors) {
        Map<Field, String> columns = new EnumMap<>(Field.class);
        for (String header : headers) {
            Optional<Field> field = Field.named(header);
            if (field.isEmpty()) {
                errors.add(new AccountLineError(1, header, "header", "ukendt kolonne; brug funktion, dranst, "
                        + "art, beløb, omkostningssted og tekst (eller function, budgetType, type, amount, "
                        + "costCentre, text)"));
            } else if (columns.putIfAbsent(field.get(), header) != null) {
                errors.add(new AccountLineError(1, header, "header", "kolonnen findes to gange"));
            }
        }
        for (Field field : Field.values()) {
            if (field.required && !columns.containsKey(field)) {
                errors.add(new AccountLineError(1, field.danish, field.key,
                        "kolonnen mangler i overskriftslinjen"));
            }
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<Field, String> columns, Field field) {
        String column = columns.get(field);
        return column == null ? "" : record.get(column).strip();
    }

    private static AccountLineError error(int line, Map<Field, String> columns, Field field, String message) {
        return new AccountLineError(line, columns.get(field), field.key, message);
    }

    private static Result failed(AccountLineError error) {
        return new Result(0, Map.of(), List.of(error));
    }
}
