package dk.radhus.budget.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.ledger.BudgetFigures;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.platform.events.AmountUnit;

/**
 * Builds the accounts tables: "Resultat for …" (Drift section, "Hovedtotal") as the agenda prints it, and the
 * overview with the columns municipalities publish.
 */
public final class AccountsTables {

    private AccountsTables() {
    }

    /**
     * "Regnskab {year} for …": original budget, tillægsbevillinger without overførsler, omplaceringer, overførsler from
     * the year before, corrected budget (the four added), accounts, deviation (corrected − accounts, plus is an
     * underspend, as in the agenda's table), the overførsel booked into the next year from it, and the deviation left
     * after that overførsel.
     */
    public static CommitteeTable overview(AccountsResult figures, String committeeName, AmountUnit unit) {
        int year = figures.fiscalYear();
        List<String> columns = List.of("Politikområde", "Oprindeligt budget", "Tillægsbevillinger", "Omplaceringer",
                "Overførsler fra " + (year - 1), "Korrigeret budget", "Regnskab", "Afvigelse",
                "Overførsel til " + (year + 1), "Afvigelse efter overførsel");
        List<CommitteeTable.Row> rows = new ArrayList<>();
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.UNIT, List.of(CommitteeTable.unitLabel(unit))));
        rows.addAll(sections(figures, "I alt", (label, line) -> overviewCells(label, line, unit)));
        return new CommitteeTable("Regnskab " + year + " for " + committeeName, unit, CommitteeTable.unitLabel(unit),
                columns, rows);
    }

    private static List<String> overviewCells(String label, AccountsResult.Line line, AmountUnit unit) {
        BudgetFigures budget = line.budget();
        return List.of(label, CommitteeTable.money(budget.original(), unit),
                CommitteeTable.money(budget.appropriations(), unit), CommitteeTable.money(budget.transfers(), unit),
                CommitteeTable.money(budget.carriedOver(), unit), CommitteeTable.money(budget.corrected(), unit),
                CommitteeTable.money(line.accounts(), unit), CommitteeTable.money(line.deviation(), unit),
                CommitteeTable.money(line.carriedForward(), unit),
                CommitteeTable.money(line.deviationAfterCarryForward(), unit));
    }

    public static CommitteeTable result(AccountsResult figures, String committeeName, AmountUnit unit) {
        int year = figures.fiscalYear();
        List<String> columns = List.of("Bevilling", "Oprindeligt budget " + year + " (1)",
                "Tillægsbevillinger " + year + " (2)", "Omplaceringer " + year + " (3)",
                "Korrigeret Budget " + year + " (4) = 1+2+3", "Regnskab " + year + " (5)", "Afvigelse (6) = 4-5");
        List<CommitteeTable.Row> rows = sections(figures, "Hovedtotal", (label, line) -> cells(label, line, unit));
        return new CommitteeTable("Tabel 1: Resultat for " + committeeName, unit, CommitteeTable.unitLabel(unit),
                columns, rows);
    }

    /**
     * The rows of the areas, a section per kind of area that has any (Drift, Anlæg …), then the total under
     * {@code totalLabel}; {@code cells} gives a row's cells from its label and figures.
     */
    private static List<CommitteeTable.Row> sections(AccountsResult figures, String totalLabel,
            BiFunction<String, AccountsResult.Line, List<String>> cells) {
        List<CommitteeTable.Row> rows = new ArrayList<>();
        for (PolicyArea.Kind kind : PolicyArea.Kind.values()) {
            List<AccountsResult.Line> section = figures.lines().stream().filter(l -> l.area().kind == kind).toList();
            if (section.isEmpty()) {
                continue;
            }
            rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.SECTION, List.of(kind.danish())));
            for (AccountsResult.Line line : section) {
                rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.LINE, cells.apply(line.area().label(), line)));
            }
        }
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.TOTAL, cells.apply(totalLabel, figures.totals())));
        return rows;
    }

    private static List<String> cells(String label, AccountsResult.Line line, AmountUnit unit) {
        BudgetFigures budget = line.budget();
        return List.of(label, CommitteeTable.money(budget.original(), unit),
                CommitteeTable.money(budget.supplementary(), unit), CommitteeTable.money(budget.transfers(), unit),
                CommitteeTable.money(budget.corrected(), unit), CommitteeTable.money(line.accounts(), unit),
                CommitteeTable.money(line.deviation(), unit));
    }
}
