package dk.radhus.budget.upload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.chart.ChartOfAccounts;
import dk.radhus.budget.structure.FunctionMapping;
import dk.radhus.platform.csv.CsvDialect;
import dk.radhus.platform.csv.CsvReader;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.input.StrictInput;

/**
 * Reads a CSV file of account lines (function, budget type, type, amount, cost centre, text) and aggregates the
 * amounts to policy areas. Two dialects: {@code ;} with Danish decimal commas (1.234,50) and {@code ,} with decimal
 * points (1234.50), told apart by the header row, which is required. UTF-8 with or without a byte order mark. Every
 * bad line is reported; the caller stores nothing unless there are none. The common file — no quotes, every line
 * good — is read by {@link FastAccountLines} straight from the bytes; anything else by the CSV reader below.
 */
public final class AccountLineParser {

    /** Aggregated amounts per policy area, in kroner, and how many lines each has; and every good line. */
    public record Result(int lines, Map<String, Aggregate> byPolicyArea, AccountLineRows rows,
            List<AccountLineError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** One policy area's share of the file. */
    public record Aggregate(int lines, BigDecimal kroner) {
    }

    /** A column: its key in error reports, its Danish name, and the header names accepted for it. */
    enum Field {
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
    private static final int MAX_TEXT = 500;
    private static final int MAX_COST_CENTRE = 50;

    private final FunctionMapping mapping;
    private final ChartOfAccounts chart;
    private final Function<String, Optional<String>> areaRejection;
    private final AmountUnit unit;
    private final UUID uploadId;

    /**
     * @param chart         the year's authorised chart of accounts the functions and dranst/art combinations are
     *                      checked against
     * @param areaRejection why a policy area may not receive lines in this upload (e.g. another committee's area),
     *                      or empty when it may
     * @param uploadId      the upload the good lines are stored under
     */
    public AccountLineParser(FunctionMapping mapping, ChartOfAccounts chart,
            Function<String, Optional<String>> areaRejection, AmountUnit unit, UUID uploadId) {
        this.uploadId = uploadId;
        this.mapping = mapping;
        this.chart = chart;
        this.areaRejection = areaRejection;
        this.unit = unit;
    }

    public Result parse(byte[] content, IntConsumer progress) {
        Optional<Result> fast = new FastAccountLines(mapping, chart, areaRejection, unit)
                .read(content, new AccountLineRows(uploadId, content.length), progress);
        if (fast.isPresent()) {
            return fast.get();
        }
        Optional<String> decoded = StrictInput.utf8(content);
        if (decoded.isEmpty()) {
            return failed(new AccountLineError(1, "-", "file", "filen er ikke gyldig UTF-8"));
        }
        String text = decoded.get();
        if (CsvReader.firstLine(text).isBlank()) {
            return failed(new AccountLineError(1, "-", "header", "filen skal starte med en overskriftslinje"));
        }
        try {
            return parse(CsvReader.of(text), progress);
        } catch (CsvReader.UnreadableException e) {
            return failed(new AccountLineError(1, "-", "file",
                    "filen kan ikke læses som CSV (fx et citationstegn, der ikke lukkes)"));
        }
    }

    private Result parse(CsvReader csv, IntConsumer progress) {
        List<AccountLineError> errors = new ArrayList<>();
        Map<Field, Integer> columns = columns(csv.header(), errors);
        if (!errors.isEmpty()) {
            return new Result(0, Map.of(), new AccountLineRows(uploadId, 0), errors);
        }
        AccountLineRows rows = new AccountLineRows(uploadId, 0);
        Map<String, BigDecimal> kroner = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        int lines = 0;
        for (CsvReader.Row row : csv) {
            lines++;
            int before = errors.size();
            if (!row.complete()) {
                errors.add(new AccountLineError(row.line(), "-", "line", "forventede %d kolonner, fandt %d"
                        .formatted(csv.header().size(), row.size())));
                continue;
            }
            Line line = line(row, csv, columns, errors);
            if (errors.size() == before) {
                kroner.merge(line.policyArea, line.kroner, BigDecimal::add);
                counts.merge(line.policyArea, 1, Integer::sum);
                if (errors.isEmpty()) {
                    rows.add(row.line(), line.function, line.budgetType, line.type, line.kroner, line.costCentre,
                            line.policyArea);
                }
            }
            progress.accept(lines);
        }
        if (lines == 0) {
            errors.add(new AccountLineError(2, "-", "line", "filen indeholder ingen kontolinjer"));
        }
        Map<String, Aggregate> aggregates = new HashMap<>();
        kroner.forEach((area, sum) -> aggregates.put(area, new Aggregate(counts.get(area), sum)));
        return new Result(lines, aggregates, rows, errors);
    }

    private record Line(String policyArea, String function, String budgetType, String type, BigDecimal kroner,
            String costCentre) {
    }

    private Line line(CsvReader.Row row, CsvReader csv, Map<Field, Integer> columns,
            List<AccountLineError> errors) {
        Cells cells = new Cells(row, csv.header(), columns, errors);
        String function = cells.value(Field.FUNCTION);
        String policyArea = null;
        if (!FUNCTION.matcher(function).matches()) {
            cells.error(Field.FUNCTION, "skal være en funktion på formen d.dd.dd, fx 6.45.51");
        } else if (chart.functionProblem(function).isPresent()) {
            cells.error(Field.FUNCTION, chart.functionProblem(function).get());
        } else {
            policyArea = mapping.policyAreaOf(function).orElse(null);
            if (policyArea == null) {
                cells.error(Field.FUNCTION, "funktionen " + function + " er ikke knyttet til et politikområde");
            } else {
                areaRejection.apply(policyArea).ifPresent(reason -> cells.error(Field.FUNCTION, reason));
            }
        }
        boolean budgetTypeValid = BUDGET_TYPE.matcher(cells.value(Field.BUDGET_TYPE)).matches();
        int budgetType = budgetTypeValid ? Integer.parseInt(cells.value(Field.BUDGET_TYPE)) : 0;
        if (!budgetTypeValid) {
            cells.error(Field.BUDGET_TYPE, "skal være en dranst fra 1 til 7");
        } else {
            chart.budgetTypeProblem(budgetType).ifPresent(reason -> cells.error(Field.BUDGET_TYPE, reason));
        }
        String type = cells.value(Field.TYPE);
        if (!type.isEmpty() && !TYPE.matcher(type).matches()) {
            cells.error(Field.TYPE, "skal være en art på formen d eller d.d, fx 5.9");
        } else if (!type.isEmpty() && budgetTypeValid) {
            chart.typeProblem(budgetType, type).ifPresent(reason -> cells.error(Field.TYPE, reason));
        }
        String costCentre = cells.value(Field.COST_CENTRE);
        if (costCentre.length() > MAX_COST_CENTRE) {
            cells.error(Field.COST_CENTRE, "må højst være " + MAX_COST_CENTRE + " tegn");
        } else if (costCentre.chars().anyMatch(c -> c < 0x20)) {
            cells.error(Field.COST_CENTRE, "må ikke indeholde styretegn");
        }
        if (cells.value(Field.TEXT).length() > MAX_TEXT) {
            cells.error(Field.TEXT, "må højst være " + MAX_TEXT + " tegn");
        }
        Optional<BigDecimal> amount = csv.dialect().number(cells.value(Field.AMOUNT));
        if (amount.isEmpty()) {
            cells.error(Field.AMOUNT, csv.dialect() == CsvDialect.SEMICOLON_DECIMAL_COMMA
                    ? "skal være et beløb med decimalkomma, fx -1.234,50"
                    : "skal være et beløb med decimalpunktum, fx -1234.50");
            return null;
        }
        return new Line(policyArea, function, cells.value(Field.BUDGET_TYPE), type,
                Amounts.toKroner(amount.get(), unit), cells.value(Field.COST_CENTRE));
    }

    /** One row's cells by field, and its errors named by line and the column as the header writes it. */
    private record Cells(CsvReader.Row row, List<String> header, Map<Field, Integer> columns,
            List<AccountLineError> errors) {

        String value(Field field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column);
        }

        void error(Field field, String message) {
            Integer column = columns.get(field);
            errors.add(new AccountLineError(row.line(), column == null ? null : header.get(column), field.key,
                    message));
        }
    }

    static Map<Field, Integer> columns(List<String> headers, List<AccountLineError> errors) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            Optional<Field> field = Field.named(header);
            if (field.isEmpty()) {
                errors.add(new AccountLineError(1, header, "header", "ukendt kolonne; brug funktion, dranst, "
                        + "art, beløb, omkostningssted og tekst (eller function, budgetType, type, amount, "
                        + "costCentre, text)"));
            } else if (columns.putIfAbsent(field.get(), column) != null) {
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

    private static Result failed(AccountLineError error) {
        return new Result(0, Map.of(), new AccountLineRows(UUID.randomUUID(), 0), List.of(error));
    }
}
