package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.tables.CommitteeTable;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.text.DanishFormat;

/** Builds "Tabel 1: Budgetoversigt" of a follow-up, column for column as the agenda prints it. */
public final class FollowUpTables {

    public static final String TITLE = "Tabel 1: Budgetoversigt";

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

    private static List<String> cells(String label, FollowUpFigures.Line line, AmountUnit unit) {
        BigDecimal percentage = line.spendPercentage();
        return List.of(label, CommitteeTable.money(line.original(), unit), CommitteeTable.money(line.corrected(), unit), CommitteeTable.money(line.spend(), unit),
                percentage == null ? "-" : DanishFormat.fixed(percentage, 0), CommitteeTable.money(line.requested(), unit),
                CommitteeTable.money(line.correctedAfterRequest(), unit), CommitteeTable.money(line.forecast(), unit));
    }
}
