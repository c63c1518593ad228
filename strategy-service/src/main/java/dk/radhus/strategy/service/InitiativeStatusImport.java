package dk.radhus.strategy.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.audit.Audit;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.csv.CsvErrors;
import dk.radhus.strategy.csv.CsvTable;
import dk.radhus.strategy.csv.CsvValues;

/**
 * CSV upload of initiative statuses: columns {@code initiative} (reference), {@code light} (RED/YELLOW/GREEN or
 * rød/gul/grøn), {@code text}, {@code asOf} (yyyy-mm-dd or dd-mm-yyyy). All lines are checked first; any bad line
 * rejects the whole file. A line equal to the initiative's current status changes nothing, so a re-upload is a no-op.
 */
@ApplicationScoped
public class InitiativeStatusImport {

    private static final LinkedHashSet<String> COLUMNS = new LinkedHashSet<>(List.of("initiative", "light", "text", "asOf"));

    private final InitiativeService initiatives;
    private final Audit audit;

    public InitiativeStatusImport(InitiativeService initiatives, Audit audit) {
        this.initiatives = initiatives;
        this.audit = audit;
    }

    private record Line(Initiative initiative, Light light, String text, LocalDate asOf) {
    }

    @Transactional
    public ImportCount upload(String csv, String actor) {
        List<CsvTable.Row> rows = CsvTable.parse(csv, COLUMNS);
        CsvErrors errors = new CsvErrors();
        Set<String> seen = new HashSet<>();
        List<Line> lines = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            Optional<Initiative> initiative = IndicatorValueImport.required(row, "initiative", errors)
                    .flatMap(reference -> {
                        Optional<Initiative> found = Initiative.findByReference(reference);
                        if (found.isEmpty()) {
                            errors.add(row.line(), "initiative", "indsatsen '" + reference + "' findes ikke");
                        } else if (!seen.add(reference)) {
                            errors.add(row.line(), "initiative", "indsatsen '" + reference + "' står flere gange i filen");
                            return Optional.empty();
                        }
                        return found;
                    });
            Optional<Light> light = IndicatorValueImport.required(row, "light", errors).flatMap(cell -> {
                Optional<Light> parsed = CsvValues.light(cell);
                if (parsed.isEmpty()) {
                    errors.add(row.line(), "light", "'" + cell + "' er ikke RED, YELLOW eller GREEN (rød, gul, grøn)");
                }
                return parsed;
            });
            Optional<String> text = IndicatorValueImport.required(row, "text", errors);
            Optional<LocalDate> asOf = IndicatorValueImport.required(row, "asOf", errors)
                    .flatMap(cell -> date(row, cell, errors));
            if (initiative.isPresent() && asOf.isPresent() && asOf.get().isBefore(initiative.get().statusAsOf)) {
                errors.add(row.line(), "asOf", "ligger før indsatsens nuværende status (" + initiative.get().statusAsOf + ")");
            } else if (initiative.isPresent() && light.isPresent() && text.isPresent() && asOf.isPresent()) {
                lines.add(new Line(initiative.get(), light.get(), text.get(), asOf.get()));
            }
        }
        errors.throwIfAny(rows.size());
        int changed = 0;
        for (Line line : lines) {
            if (initiatives.applyStatus(line.initiative(), line.light(), line.text(), line.asOf(), actor)) {
                changed++;
            }
        }
        // Each changed status is audited where it is set; this entry says that a file brought them.
        audit.record("initiative-statuses.imported", "InitiativeStatuses", "csv", null,
                AuditValues.imported(rows.size(), changed));
        return new ImportCount(rows.size(), changed);
    }

    private static Optional<LocalDate> date(CsvTable.Row row, String cell, CsvErrors errors) {
        Optional<LocalDate> parsed = CsvValues.date(cell);
        if (parsed.isEmpty()) {
            errors.add(row.line(), "asOf", "'" + cell + "' er ikke en dato (åååå-mm-dd eller dd-mm-åååå)");
        } else if (parsed.get().isAfter(LocalDate.now())) {
            errors.add(row.line(), "asOf", "må ikke ligge i fremtiden");
            return Optional.empty();
        }
        return parsed;
    }
}
