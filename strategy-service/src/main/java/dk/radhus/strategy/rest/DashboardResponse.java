package dk.radhus.strategy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.radhus.strategy.AuditEntry;
import dk.radhus.strategy.service.Dashboard;
import dk.radhus.strategy.service.Dashboard.BudgetStatusView;
import dk.radhus.strategy.service.Dashboard.FocusAreaStatus;
import dk.radhus.strategy.service.Dashboard.IndicatorTrend;
import dk.radhus.strategy.service.Dashboard.InitiativeSummary;
import dk.radhus.strategy.service.Dashboard.LightCounts;
import dk.radhus.strategy.service.Dashboard.QualityContractStatus;

/**
 * What a director's start page needs, in one response. {@code changeCount} is the number of writes since
 * {@code changedSince}; {@code changes} lists the newest 100 of them. The rows are the service's read model as they
 * are; only the audit entries are shaped here.
 */
public record DashboardResponse(
        LocalDate today,
        int staleAfterDays,
        LightCounts overall,
        List<FocusAreaStatus> focusAreas,
        List<InitiativeSummary> redInitiatives,
        List<InitiativeSummary> staleInitiatives,
        List<IndicatorTrend> indicatorTrends,
        List<QualityContractStatus> qualityContracts,
        List<BudgetStatusView> budgetStatus,
        long changeCount,
        List<Change> changes) {

    public static DashboardResponse of(Dashboard d) {
        return new DashboardResponse(d.today(), d.staleAfterDays(), d.overall(), d.focusAreas(), d.redInitiatives(),
                d.staleInitiatives(), d.indicatorTrends(), d.qualityContracts(), d.budgetStatus(), d.changeCount(),
                d.changes().stream().map(Change::of).toList());
    }

    /** A write since the requested date (from the audit log). */
    public record Change(Instant at, String actor, String action, String objectType, String objectId, String summary) {

        static Change of(AuditEntry e) {
            return new Change(e.occurredAt, e.actor, e.action, e.objectType, e.objectId, e.summary);
        }
    }
}
