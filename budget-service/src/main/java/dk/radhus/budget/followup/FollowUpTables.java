package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.text.DanishFormat;

/**
 * Builds a follow-up's tables: "Tabel 1: Budgetoversigt" column for column as the agenda prints it, and the table with
 * the columns municipalities publish.
 */
public final class FollowUpTables {

    public static final String TITLE = "Tabel 1: Budgetoversigt";
    public static final String FORECAST_TITLE = "Budgetopfølgning og forventet regnskab";

    private FollowUpTables() {
    }

    public static CommitteeTable budgetOverview(FollowUpFigures figures, AmountUnit unit) {
        FollowUp followUp = figures.followUp();
        int year = followUp.fiscalYear;
        String cutOff = DanishFormat.cutOff(followUp.cutOffDate);
        List<String> columns = List.of("Politikområde", "Opr. budget " + year, "Korr. budget " + year,
                "Forbrug pr. " + cutOff, "Forbrugsprocent pr. " + cutOff, "Ansøgt tillægsbevilling",
                "Korr. budget " + year, "Forventet regnskab " + year);
        List<CommitteeTable.Row> rows = new ArrayList<>();
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.UNIT, List.of(CommitteeTable.unitLabel(unit))));
        for (FollowUpFigures.Line line : figures.lines()) {
            rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.LINE,
                    cells(line.policyAreaCode() + " " + line.policyAreaName(), line, unit)));
        }
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.TOTAL, cells("I alt", figures.totals(), unit)));
        return new CommitteeTable(TITLE, unit, CommitteeTable.unitLabel(unit), columns, rows);
    }

    /**
     * "Budgetopfølgning og forventet regnskab" with the columns municipalities publish (Randers Kommune's template):
     * original budget; corrected budget without overførsler; appropriation requests; the two added; forecast; the
     * year's expected result without overførsler (forecast − the budget with requests); overførsler; and the result
     * with them. Results and overførsler are signed as the template's note says: minus is an underspend (surplus),
     * so a carried-in underspend shows as minus.
     */
    public static CommitteeTable forecastOverview(FollowUpFigures figures, AmountUnit unit) {
        List<String> columns = List.of("Politikområde", "Oprindeligt budget", "Korrigeret budget ekskl. overførsler",
                "Bevillingsansøgninger", "Korrigeret budget ekskl. overførsler inkl. bevillingsansøgninger",
                "Forventet forbrug", "Årets forventede resultat ekskl. overførsler", "Overførsler",
                "Årets forventede resultat inkl. overførsler");
        List<CommitteeTable.Row> rows = new ArrayList<>();
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.UNIT, List.of(CommitteeTable.unitLabel(unit))));
        for (FollowUpFigures.Line line : figures.lines()) {
            rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.LINE,
                    forecastCells(line.policyAreaCode() + " " + line.policyAreaName(), line, unit)));
        }
        rows.add(new CommitteeTable.Row(CommitteeTable.RowKind.TOTAL, forecastCells("I alt", figures.totals(), unit)));
        return new CommitteeTable(FORECAST_TITLE, unit, CommitteeTable.unitLabel(unit), columns, rows);
    }

    private static List<String> forecastCells(String label, FollowUpFigures.Line line, AmountUnit unit) {
        BigDecimal withoutCarryOver = line.corrected().subtract(line.carriedOver());
        BigDecimal withRequests = withoutCarryOver.add(line.requested());
        BigDecimal result = line.forecast().subtract(withRequests);
        BigDecimal carryOver = line.carriedOver().negate();
        return List.of(label, CommitteeTable.money(line.original(), unit), CommitteeTable.money(withoutCarryOver, unit),
                CommitteeTable.money(line.requested(), unit), CommitteeTable.money(withRequests, unit),
                CommitteeTable.money(line.forecast(), unit), CommitteeTable.money(result, unit),
                CommitteeTable.money(carryOver, unit), CommitteeTable.money(result.add(carryOver), unit));
    }

    private static List<String> cells(String label, FollowUpFigures.Line line, AmountUnit unit) {
        BigDecimal percentage = line.spendPercentage();
        return List.of(label, CommitteeTable.money(line.original(), unit), CommitteeTable.money(line.corrected(), unit), CommitteeTable.money(line.spend(), unit),
                percentage == null ? "-" : DanishFormat.fixed(percentage, 0), CommitteeTable.money(line.requested(), unit),
                CommitteeTable.money(line.correctedAfterRequest(), unit), CommitteeTable.money(line.forecast(), unit));
    }
}
