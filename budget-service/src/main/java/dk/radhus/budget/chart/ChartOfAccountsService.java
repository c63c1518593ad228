package dk.radhus.budget.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.ChartFunction;
import dk.radhus.budget.ChartType;
import dk.radhus.platform.audit.Audit;
import dk.radhus.platform.problem.ProblemException;

/** Loads a year's chart of accounts from CSV, replacing what the year had, and gives its rules to the uploads. */
@ApplicationScoped
public class ChartOfAccountsService {

    private final Audit audit;

    public ChartOfAccountsService(Audit audit) {
        this.audit = audit;
    }

    /** Replaces the year's functions with the file's, all or nothing; returns how many there are now. */
    @Transactional
    public int replaceFunctions(int year, byte[] content) {
        requireYear(year);
        List<ChartCsv.Entry> entries = ChartCsv.functions(content);
        long before = ChartFunction.deleteForYear(year);
        for (ChartCsv.Entry entry : entries) {
            ChartFunction function = new ChartFunction();
            function.key = new ChartFunction.Key(year, entry.code());
            function.name = entry.name();
            function.persist();
        }
        audit.record("chart.functions-loaded", "ChartOfAccounts", Integer.toString(year),
                Audit.values("functions", before), Audit.values("functions", entries.size()));
        return entries.size();
    }

    /** Replaces the year's dranst/art combinations with the file's, all or nothing; returns how many there are now. */
    @Transactional
    public int replaceTypes(int year, byte[] content) {
        requireYear(year);
        List<ChartCsv.Entry> entries = ChartCsv.types(content);
        long before = ChartType.deleteForYear(year);
        for (ChartCsv.Entry entry : entries) {
            ChartType type = new ChartType();
            type.key = new ChartType.Key(year, entry.budgetType(), entry.code());
            type.name = entry.name();
            type.persist();
        }
        audit.record("chart.types-loaded", "ChartOfAccounts", Integer.toString(year),
                Audit.values("combinations", before), Audit.values("combinations", entries.size()));
        return entries.size();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChartFunction> functions(int year) {
        return ChartFunction.listForYear(year);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChartType> types(int year) {
        return ChartType.listForYear(year);
    }

    /** The year's rules for account lines; parts not loaded check nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChartOfAccounts rules(int year) {
        Set<String> functions = new HashSet<>();
        ChartFunction.listForYear(year).forEach(f -> functions.add(f.key.functionCode()));
        List<ChartCsv.Entry> types = ChartType.listForYear(year).stream()
                .map(t -> new ChartCsv.Entry(t.key.budgetType(), t.key.typeCode(), t.name)).toList();
        return new ChartOfAccounts(year, functions, ChartCsv.byBudgetType(types));
    }

    private static void requireYear(int year) {
        if (year < 1970 || year > 2200) {
            throw ProblemException.invalidField("year", "skal være et år mellem 1970 og 2200");
        }
    }
}
