package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.csv.CsvErrors;
import dk.radhus.strategy.csv.CsvTable;
import dk.radhus.strategy.csv.CsvValues;

/**
 * CSV upload of indicator values: columns {@code indicator} (code), {@code year}, {@code value}. All lines are
 * checked first; any bad line rejects the whole file. Re-uploading the same file changes nothing.
 */
@ApplicationScoped
public class IndicatorValueImport {

    private static final LinkedHashSet<String> COLUMNS = new LinkedHashSet<>(List.of("indicator", "year", "value"));

    private final IndicatorService indicators;
    private final Audit audit;

    public IndicatorValueImport(IndicatorService indicators, Audit audit) {
        this.indicators = indicators;
        this.audit = audit;
    }

    private record Line(Indicator indicator, int year, BigDecimal value) {
    }

    @Transactional
    public ImportCount upload(String csv, String actor) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, COLUMNS);
        CsvErrors errors = new CsvErrors();
        Map<String, Indicator> known = new HashMap<>();
        Indicator.listOrdered().forEach(i -> known.put(i.code, i));
        Map<String, BigDecimal> seen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            Indicator indicator = required(row, "indicator", errors).map(known::get).orElse(null);
            if (indicator == null && row.cell("indicator") != null) {
                errors.add(row.line(), "indicator", "indikatoren '" + row.cell("indicator") + "' findes ikke");
            }
            Optional<Integer> year = required(row, "year", errors).flatMap(cell -> {
                Optional<Integer> parsed = CsvValues.year(cell);
                if (parsed.isEmpty()) {
                    errors.add(row.line(), "year", "'" + cell + "' er ikke et årstal");
                }
                return parsed;
            });
            Optional<BigDecimal> value = required(row, "value", errors).flatMap(cell -> {
                Optional<BigDecimal> parsed = CsvValues.decimal(cell);
                if (parsed.isEmpty()) {
                    errors.add(row.line(), "value",
                            "'" + cell + "' er ikke et tal med højst 15 cifre før og 6 efter kommaet");
                }
                return parsed;
            });
            if (indicator != null && year.isPresent() && value.isPresent()) {
                BigDecimal earlier = seen.putIfAbsent(indicator.code + "/" + year.get(), value.get());
                if (earlier != null) {
                    errors.add(row.line(), "indicator", indicator.code + " " + year.get() + " står flere gange i filen");
                } else {
                    lines.add(new Line(indicator, year.get(), value.get()));
                }
            }
        }
        errors.throwIfAny(rows.size());
        int changed = 0;
        for (Line line : lines) {
            if (indicators.setValue(line.indicator(), line.year(), line.value(), actor).changed()) {
                changed++;
            }
        }
        // Each changed value is audited where it is set; this entry says that a file brought them.
        audit.record("indicator-values.imported", "IndicatorValues", "csv", null, AuditValues.imported(rows.size(), changed));
        return new ImportCount(rows.size(), changed);
    }

    static Optional<String> required(CsvTable.Row row, String column, CsvErrors errors) {
        String cell = row.cell(column);
        if (cell == null) {
            errors.add(row.line(), column, "'" + column + "' skal udfyldes");
        }
        return Optional.ofNullable(cell);
    }
}
