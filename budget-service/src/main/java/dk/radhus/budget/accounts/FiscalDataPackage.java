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

import dk.radhus.budget.AccountUpload;
import dk.radhus.budget.Amounts;
import dk.radhus.budget.FunctionRange;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.detail.AccountDetail;
import dk.radhus.budget.repository.AccountLineQueries;
import dk.radhus.platform.csv.SpreadsheetCells;
import dk.radhus.platform.events.AmountUnit;

/**
 * Exports a year as a Fiscal Data Package (Open Knowledge's fiscal profile): a zip of {@code datapackage.json} and
 * {@code budget.csv}, one row per policy area and phase — approved (original budget), adjusted (corrected budget) and
 * executed (accounts, once posted; by function, dranst and art where account lines were uploaded). The functional
 * classification comes from the functions the area covers and the lines' functions, the economic classification from
 * the lines' art; {@code direction} (expenditure or revenue) from the art, or the sign without one
 * ({@link EconomicClassification}). The measure's factor states the unit (1000 for DKK thousands). Text cells that a spreadsheet would run as a formula (a
 * policy area named "=…") are written with a leading quote ({@link SpreadsheetCells}).
 */
@ApplicationScoped
public class FiscalDataPackage {

    static final String CSV_FILE = "budget.csv";
    private static final List<String> COLUMNS = List.of("fiscal_year", "phase", "policy_area_code",
            "policy_area_name", "committee_code", "main_account", "main_function", "functions", "function",
            "budget_type", "main_type", "type", "direction", "amount");

    private final AccountsService accounts;
    private final AccountLineQueries lines;
    private final ObjectMapper objectMapper;

    public FiscalDataPackage(AccountsService accounts, AccountLineQueries lines, ObjectMapper objectMapper) {
        this.accounts = accounts;
        this.lines = lines;
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
            out.write(csv(figures, functions,
                    lines.activeGroups(AccountUpload.TargetKind.ACCOUNTS, Integer.toString(year)), unit));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zip.toByteArray();
    }

    private byte[] csv(AccountsResult figures, Map<String, List<FunctionRange>> functions,
            Map<String, List<AccountDetail.Group>> accountLines, AmountUnit unit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(COLUMNS);
            for (AccountsResult.Line line : figures.lines()) {
                PolicyArea area = line.area();
                List<FunctionRange> ranges = functions.getOrDefault(area.code, List.of());
                int year = figures.fiscalYear();
                row(printer, year, "approved", area, ranges, null, line.budget().original(), unit);
                row(printer, year, "adjusted", area, ranges, null, line.budget().corrected(), unit);
                if (line.hasAccounts()) {
                    executed(printer, year, area, ranges, accountLines.getOrDefault(area.code, List.of()),
                            line.accounts(), unit);
                }
            }
        }
        return bytes.toByteArray();
    }

    /**
     * The accounts by function, dranst and art from the active uploads' lines; what the area's accounts hold beyond
     * them (posted by hand, or uploaded before lines were kept) is one row without function and art, so the executed
     * rows of an area always add up to its accounts.
     */
    private static void executed(CSVPrinter printer, int year, PolicyArea area, List<FunctionRange> ranges,
            List<AccountDetail.Group> groups, BigDecimal accounts, AmountUnit unit) throws IOException {
        BigDecimal rest = accounts;
        for (AccountDetail.Group group : groups) {
            row(printer, year, "executed", area, ranges, group, group.kroner(), unit);
            rest = rest.subtract(group.kroner());
        }
        if (groups.isEmpty() || rest.signum() != 0) {
            row(printer, year, "executed", area, ranges, null, rest, unit);
        }
    }

    private static void row(CSVPrinter printer, int year, String phase, PolicyArea area, List<FunctionRange> ranges,
            AccountDetail.Group group, BigDecimal kroner, AmountUnit unit) throws IOException {
        String type = group == null || group.type() == null ? "" : group.type();
        printer.printRecord(SpreadsheetCells.safe(Arrays.asList(year, phase, area.code, area.name, area.committeeCode,
                common(ranges, 1), common(ranges, 4),
                ranges.stream().map(r -> r.functionFrom.equals(r.functionTo) ? r.functionFrom
                        : r.functionFrom + "-" + r.functionTo).collect(Collectors.joining(" ")),
                group == null ? "" : group.function(), group == null ? "" : group.budgetType(),
                EconomicClassification.mainType(type), type, EconomicClassification.direction(type, kroner),
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
                        "factor", unit.kroner().intValueExact())),
                "dimensions", Map.of(
                        "direction", Map.of("dimensionType", "other", "attributes",
                                Map.of("direction", Map.of("source", "direction")), "primaryKey", "direction"),
                        "economic-classification", Map.of("dimensionType", "classification",
                                "classificationType", "economic", "attributes", Map.of(
                                        "main_type", Map.of("source", "main_type"),
                                        "type", Map.of("source", "type", "parent", "main_type"),
                                        "budget_type", Map.of("source", "budget_type")),
                                "primaryKey", List.of("main_type", "type")),
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
                                        "functions", Map.of("source", "functions"),
                                        "function", Map.of("source", "function", "parent", "main_function")),
                                "primaryKey", List.of("main_account", "main_function", "function")))));
        return objectMapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }
}
