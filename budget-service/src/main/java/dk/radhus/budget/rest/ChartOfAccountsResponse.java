package dk.radhus.budget.rest;

import java.util.List;

import dk.radhus.budget.ChartFunction;
import dk.radhus.budget.ChartType;

/** A year's authorised chart of accounts: its functions and its dranst/art combinations. */
public record ChartOfAccountsResponse(int year, List<Function> functions, List<Type> types) {

    /** A function (funktion) and its name. */
    public record Function(String code, String name) {
    }

    /** An authorised art on a dranst. */
    public record Type(int budgetType, String type, String name) {
    }

    static ChartOfAccountsResponse of(int year, List<ChartFunction> functions, List<ChartType> types) {
        return new ChartOfAccountsResponse(year,
                functions.stream().map(f -> new Function(f.key.functionCode(), f.name)).toList(),
                types.stream().map(t -> new Type(t.key.budgetType(), t.key.typeCode(), t.name)).toList());
    }
}
