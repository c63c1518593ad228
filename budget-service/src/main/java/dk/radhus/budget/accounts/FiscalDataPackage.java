package dk.radhus.budget.accounts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.FunctionRange;
import dk.radhus.budget.PolicyArea;
import dk.radhus.platform.csv.SpreadsheetCells;
import dk.radhus.platform.events.AmountUnit;

/**
 * Exports a year as a Fiscal Data Package (Open Knowledge's fiscal profile): a zip of {@code datapackage.json} and
 * {@code budget.csv}, one row per policy area and phase — approved (original budget), adjusted (corrected budget) and
 * executed (accounts, once posted). The functional classification comes from the functions the area covers; the
 * measure's factor states the unit (1000 for DKK thousands). Text cells that a spreadsheet would run as a formula (a
 * policy area named "=…") are written with a leading quote ({@link SpreadsheetCells}).
 */
@ApplicationScoped
public class FiscalDataPackage {

    static final String CSV_FILE = "budget.csv";
    private static final List<String> COLUMNS = List.of("fiscal_year", "phase", "policy_area_code",
            "policy_area_name", "committee_code", "main_account", "main_function", "functions", "amount");

    private final AccountsService accounts;
    private final ObjectMapper objectMapper;

    public FiscalDataPackage(AccountsService accounts, ObjectMapper objectMapper) {
        this.accounts = accounts;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] export(int year, AmountUnit unit) {
        AccountsResult figures = accounts.figures(year, null, true);
        Map<String, List<FunctionRange>> functions = FunctionRange.<FunctionRange>listAll().stream()
                .collect(Collectors.groupingBy(r -> r.policyAreaCode));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("datapackage.json"));
            out.write(descriptor(year, unit));
            out.closeEntry();
            out.putNextEntry(new ZipEntry(CSV_FILE));
            out.write(csv(figures, functions, unit));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private byte[] csv(AccountsResult figures, Map<String, List<FunctionRange>> functions, AmountUnit unit)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(COLUMNS);
            for (AccountsResult.Line line : figures.lines()) {
                PolicyArea area = line.area();
                List<FunctionRange> ranges = functions.getOrDefault(area.code, List.of());
                row(printer, figures.fiscalYear(), "approved", area, ranges, line.budget().original(), unit);
                row(printer, figures.fiscalYear(), "adjusted", area, ranges, line.budget().corrected(), unit);
                if (line.hasAccounts()) {
                    row(printer, figures.fiscalYear(), "executed", area, ranges, line.accounts(), unit);
                }
            }
        }
        return bytes.toByteArray();
    }

    private static void row(CSVPrinter printer, int year, String phase, PolicyArea area, List<FunctionRange> ranges,
            BigDecimal kroner, AmountUnit unit) throws IOException {
        printer.printRecord(SpreadsheetCells.safe(Arrays.asList(year, phase, area.code, area.name, area.committeeCode,
                common(ranges, 1), common(ranges, 4),
                ranges.stream().map(r -> r.functionFrom.equals(r.functionTo) ? r.functionFrom
                        : r.functionFrom + "-" + r.functionTo).collect(Collectors.joining(" ")),
                Amounts.fromKroner(kroner, unit).toPlainString())));
    }

    /** The leading {@code length} characters (1: hovedkonto, 4: hovedfunktion d.dd) shared by all ranges, or "". */
    private static String common(List<FunctionRange> ranges, int length) {
        List<String> prefixes = ranges.stream().flatMap(r -> Stream.of(r.functionFrom, r.functionTo))
                .map(f -> f.substring(0, length)).distinct().toList();
        return prefixes.size() == 1 ? prefixes.get(0) : "";
    }

    private byte[] descriptor(int year, AmountUnit unit) throws JsonProcessingException {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<Map<String, Object>> schemaFields = COLUMNS.stream().map(c -> Map.<String, Object>of("name", c,
                "type", c.equals("amount") ? "number" : c.equals("fiscal_year") ? "integer" : "string")).toList();
        fields.put("fields", schemaFields);
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "radhus-budget-" + year);
        descriptor.put("title", "Budget og regnskab " + year);
        descriptor.put("profile", "fiscal-data-package");
        descriptor.put("fiscalPeriod", Map.of("start", year + "-01-01", "end", year + "-12-31"));
        descriptor.put("resources", List.of(Map.of("name", "budget", "path", CSV_FILE, "format", "csv",
                "mediatype", "text/csv", "encoding", "utf-8", "schema", fields)));
        descriptor.put("model", Map.of(
                "measures", Map.of("amount", Map.of("source", "amount", "currency", "DKK",
                        "factor", unit.kroner().intValueExact(), "direction", "expenditure")),
                "dimensions", Map.of(
                        "phase", Map.of("dimensionType", "phase", "attributes",
                                Map.of("phase", Map.of("source", "phase")), "primaryKey", "phase"),
                        "fiscal-year", Map.of("dimensionType", "datetime", "attributes",
                                Map.of("year", Map.of("source", "fiscal_year")), "primaryKey", "year"),
                        "administrative-classification", Map.of("dimensionType", "classification",
                                "classificationType", "administrative", "attributes", Map.of(
                                        "code", Map.of("source", "policy_area_code"),
                                        "label", Map.of("source", "policy_area_name", "labelfor", "code"),
                                        "committee", Map.of("source", "committee_code")), "primaryKey", "code"),
                        "functional-classification", Map.of("dimensionType", "classification",
                                "classificationType", "functional", "attributes", Map.of(
                                        "main_account", Map.of("source", "main_account"),
                                        "main_function", Map.of("source", "main_function", "parent", "main_account"),
                                        "functions", Map.of("source", "functions")),
                                "primaryKey", List.of("main_account", "main_function")))));
        return objectMapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }
}
