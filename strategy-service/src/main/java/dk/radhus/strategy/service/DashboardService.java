package dk.radhus.strategy.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.committees.CommitteeDirectory;
import dk.radhus.platform.audit.AuditTrail;
import dk.radhus.strategy.Indicator;
import dk.radhus.strategy.IndicatorPoint;
import dk.radhus.strategy.IndicatorValue;
import dk.radhus.strategy.Initiative;
import dk.radhus.strategy.InitiativeRow;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.QualityContract;
import dk.radhus.strategy.QualityContractFollowUp;
import dk.radhus.strategy.service.Dashboard.BudgetStatusView;
import dk.radhus.strategy.service.Dashboard.FocusAreaStatus;
import dk.radhus.strategy.service.Dashboard.IndicatorTrend;
import dk.radhus.strategy.service.Dashboard.InitiativeSummary;
import dk.radhus.strategy.service.Dashboard.LightCounts;
import dk.radhus.strategy.service.Dashboard.QualityContractStatus;
import dk.radhus.strategy.service.Dashboard.YearValue;

/** Assembles the directors' dashboard with a fixed, small number of queries regardless of data size. */
@ApplicationScoped
public class DashboardService {

    /** The dashboard lists at most this many changes (newest first); the full trail is at /audit. */
    static final int MAX_CHANGES = 100;

    /** {@code changedSince} is a day in Danish time, as the platform's /audit reads {@code since}. */
    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Copenhagen");

    private final Staleness staleness;
    private final BudgetStatusService budget;
    private final CommitteeDirectory committees;
    private final AuditTrail audit;

    public DashboardService(Staleness staleness, BudgetStatusService budget, CommitteeDirectory committees,
            AuditTrail audit) {
        this.staleness = staleness;
        this.budget = budget;
        this.committees = committees;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard dashboard(DashboardFilter filter) {
        LocalDate today = LocalDate.now();
        List<InitiativeRow> rows = Initiative.searchRows(filter.policyId(), filter.focusAreaId(), filter.department());
        List<InitiativeSummary> summaries = rows.stream().map(r -> summary(r, today)).toList();
        AuditTrail.Slice changes = filter.changedSince() == null ? new AuditTrail.Slice(List.of(), 0)
                : audit.find(null, null, null, filter.changedSince().atStartOfDay(LOCAL_TIME).toInstant(), 0,
                        MAX_CHANGES);
        return new Dashboard(today, staleness.afterDays(), counts(summaries), focusAreas(rows, summaries),
                summaries.stream().filter(s -> s.light() == Light.RED).toList(),
                summaries.stream().filter(InitiativeSummary::stale).toList(),
                trends(), qualityContracts(), budget(filter.committee()),
                changes.total(), changes.entries().stream().map(Dashboard.Change::of).toList());
    }

    private InitiativeSummary summary(InitiativeRow r, LocalDate today) {
        boolean stale = staleness.isStale(r.statusAsOf(), today);
        return new InitiativeSummary(r.id(), r.reference(), r.title(), r.departmentCode(), r.focusAreaTitle(),
                r.light(), r.narrative(), r.statusAsOf(), stale);
    }

    private static LightCounts counts(List<InitiativeSummary> summaries) {
        int red = 0;
        int yellow = 0;
        int green = 0;
        int stale = 0;
        for (InitiativeSummary s : summaries) {
            red += s.light() == Light.RED ? 1 : 0;
            yellow += s.light() == Light.YELLOW ? 1 : 0;
            green += s.light() == Light.GREEN ? 1 : 0;
            stale += s.stale() ? 1 : 0;
        }
        return new LightCounts(red, yellow, green, stale, summaries.size());
    }

    private static List<FocusAreaStatus> focusAreas(List<InitiativeRow> rows, List<InitiativeSummary> summaries) {
        Map<UUID, InitiativeRow> areas = new LinkedHashMap<>();
        Map<UUID, List<InitiativeSummary>> byArea = new LinkedHashMap<>();
        for (int n = 0; n < rows.size(); n++) {
            InitiativeRow row = rows.get(n);
            areas.putIfAbsent(row.focusAreaId(), row);
            byArea.computeIfAbsent(row.focusAreaId(), id -> new ArrayList<>()).add(summaries.get(n));
        }
        RollUp rollUp = RollUp.ofRows(rows);
        return areas.values().stream().map(area -> new FocusAreaStatus(area.policyId(), area.policyTitle(),
                area.focusAreaId(), area.focusAreaTitle(), rollUp.focusArea(area.focusAreaId()).orElse(null),
                counts(byArea.get(area.focusAreaId())))).toList();
    }

    private static List<IndicatorTrend> trends() {
        Map<UUID, List<IndicatorPoint>> values = IndicatorValue.allPoints().stream()
                .collect(Collectors.groupingBy(IndicatorPoint::indicatorId));
        return Indicator.listOrdered().stream().map(i -> {
            List<YearValue> series = values.getOrDefault(i.id, List.of()).stream()
                    .map(v -> new YearValue(v.year(), v.value())).toList();
            Light latest = series.isEmpty() ? null : GrowthLight.of(i.direction, series.get(series.size() - 1).value(),
                    series.size() < 2 ? null : series.get(series.size() - 2).value(), i.targetValue);
            return new IndicatorTrend(i.code, i.name, i.theme == null ? null : i.theme.title, i.unit, i.direction,
                    new YearValue(i.baselineYear, i.baselineValue),
                    i.targetYear == null ? null : new YearValue(i.targetYear, i.targetValue), series, latest);
        }).toList();
    }

    private static List<QualityContractStatus> qualityContracts() {
        Map<UUID, QualityContractFollowUp> latest = new LinkedHashMap<>();
        QualityContractFollowUp.allOrdered().forEach(f -> latest.put(f.contract.id, f));
        return QualityContract.search(null, null).stream().map(c -> {
            QualityContractFollowUp f = latest.get(c.id);
            return new QualityContractStatus(c.id, c.serviceArea, c.contractYear, c.number, c.heading,
                    f == null ? null : f.year, f == null ? null : f.light);
        }).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BudgetStatusView> budgetStatus(String committee) {
        return budget(committee);
    }

    private List<BudgetStatusView> budget(String committee) {
        Map<String, String> names = committees.all().stream().collect(Collectors.toMap(c -> c.code, c -> c.name));
        return budget.statuses(committee).stream().map(s -> new BudgetStatusView(s.status().committeeCode,
                names.get(s.status().committeeCode), s.status().fiscalYear, s.status().round, s.status().cutOffDate,
                s.status().unit, s.status().correctedBudget, s.status().spendToDate, s.status().spendPercentage,
                s.status().forecast, s.status().forecastDeviation, s.deviations(), s.light())).toList();
    }

}
