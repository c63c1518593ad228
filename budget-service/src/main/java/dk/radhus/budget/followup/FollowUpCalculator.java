package dk.radhus.budget.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Disclosure;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.ledger.BudgetFigures;

/**
 * Derives a follow-up's figures. Its lines are the committee's policy areas that have a budget in the year or a
 * posted line; the budget is taken as it stood on the cut-off date, so later appropriations do not change a
 * follow-up that was already put before the committee.
 */
@ApplicationScoped
public class FollowUpCalculator {

    /** The figures as staff see them: every ledger entry, every decision. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpFigures figures(FollowUp followUp) {
        return figures(followUp, Disclosure.of(true, List.of()));
    }

    /** The figures as the caller of {@code disclosure} may see them (see {@link Disclosure}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpFigures figures(FollowUp followUp, Disclosure disclosure) {
        Map<String, FollowUpLine> posted = FollowUpLine.listFor(followUp.id).stream()
                .collect(Collectors.toMap(l -> l.policyAreaCode, Function.identity()));
        Map<String, List<LedgerEntry>> entries = LedgerEntry.listForYear(followUp.fiscalYear, !disclosure.staff())
                .stream()
                .collect(Collectors.groupingBy(e -> e.policyAreaCode));
        List<FollowUpFigures.Line> lines = new ArrayList<>();
        FollowUpFigures.Line totals = FollowUpFigures.Line.emptyTotal();
        for (PolicyArea area : PolicyArea.listByCommittee(followUp.committeeCode)) {
            FollowUpLine line = posted.get(area.code);
            List<LedgerEntry> areaEntries = entries.getOrDefault(area.code, List.of());
            if (line == null && areaEntries.isEmpty()) {
                continue;
            }
            if (line == null) {
                line = FollowUpLine.empty(followUp.id, area.code);
                line.id = null;
            }
            BudgetFigures budget = BudgetFigures.asOf(areaEntries, followUp.cutOffDate);
            FollowUpFigures.Line figures = new FollowUpFigures.Line(area.code, area.name, line.id, budget.original(),
                    budget.corrected(), budget.carriedOver(), line.spendToDateKroner, line.requestedKroner, line.forecastKroner,
                    line.comments, disclosure.appropriationStatus(line.appropriationStatus, line.decisionItemId));
            lines.add(figures);
            totals = totals.plus(figures);
        }
        return new FollowUpFigures(followUp, lines, totals);
    }
}
