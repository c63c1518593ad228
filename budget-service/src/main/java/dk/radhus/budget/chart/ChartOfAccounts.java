package dk.radhus.budget.chart;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A year's authorised chart of accounts as rules for account lines: the valid functions, and the valid arts per
 * dranst. A part that is not loaded for the year (no functions, or no combinations) checks nothing.
 */
public final class ChartOfAccounts {

    /** No chart loaded: every function and combination passes. */
    public static final ChartOfAccounts NONE = new ChartOfAccounts(0, Set.of(), Map.of());

    private final int year;
    private final Set<String> functions;
    private final Map<Integer, Set<String>> typesByBudgetType;

    public ChartOfAccounts(int year, Set<String> functions, Map<Integer, Set<String>> typesByBudgetType) {
        this.year = year;
        this.functions = Set.copyOf(functions);
        this.typesByBudgetType = Map.copyOf(typesByBudgetType);
    }

    /** Why the function may not be used, or empty when it may. */
    public Optional<String> functionProblem(String function) {
        if (functions.isEmpty() || functions.contains(function)) {
            return Optional.empty();
        }
        return Optional.of("funktionen %s findes ikke i den autoriserede kontoplan for %d".formatted(function, year));
    }

    /** Why the dranst may not be used at all, or empty when it may. */
    public Optional<String> budgetTypeProblem(int budgetType) {
        if (typesByBudgetType.isEmpty() || typesByBudgetType.containsKey(budgetType)) {
            return Optional.empty();
        }
        return Optional.of("dranst %d er ikke autoriseret i kontoplanen for %d".formatted(budgetType, year));
    }

    /** Why the art may not be used with the dranst, or empty when it may (or the dranst itself is the problem). */
    public Optional<String> typeProblem(int budgetType, String type) {
        Set<String> types = typesByBudgetType.get(budgetType);
        if (types == null || types.contains(type)) {
            return Optional.empty();
        }
        return Optional.of("art %s er ikke autoriseret på dranst %d i kontoplanen for %d"
                .formatted(type, budgetType, year));
    }
}
