package dk.radhus.budget.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.AccountsFigure;
import dk.radhus.budget.LedgerEntry;
import dk.radhus.budget.PolicyArea;
import dk.radhus.budget.ledger.BudgetFigures;
import dk.radhus.budget.structure.PolicyAreaService;

/** Year-over-year series of a policy area: budget and, where the year has them, accounts and deviation. */
@ApplicationScoped
public class SeriesService {

    /** One year in kroner; {@code accounts} is null before the year's accounts are posted. */
    public record Point(int year, BudgetFigures budget, BigDecimal accounts) {
    }

    private final PolicyAreaService areas;

    public SeriesService(PolicyAreaService areas) {
        this.areas = areas;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Point> series(String policyAreaCode, boolean publicOnly) {
        PolicyArea area = areas.find(policyAreaCode);
        Map<Integer, List<LedgerEntry>> entries = LedgerEntry.listForArea(area.code, publicOnly).stream()
                .collect(Collectors.groupingBy(e -> e.fiscalYear, TreeMap::new, Collectors.toList()));
        Map<Integer, AccountsFigure> accounts = AccountsFigure.listForArea(area.code).stream()
                .collect(Collectors.toMap(a -> a.key.fiscalYear(), Function.identity()));
        TreeSet<Integer> years = new TreeSet<>(entries.keySet());
        years.addAll(accounts.keySet());
        List<Point> points = new ArrayList<>();
        for (int year : years) {
            AccountsFigure figure = accounts.get(year);
            points.add(new Point(year, BudgetFigures.of(entries.getOrDefault(year, List.of())),
                    figure == null ? null : figure.amountKroner));
        }
        return points;
    }
}
