package dk.radhus.strategy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dk.radhus.platform.audit.AuditRecord;
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

    /**
     * A change since the requested date, from the audit log, in a line: the changed fields with their values before
     * and after, in the stored order (the whole entry is at /audit). The shape is the one the portal reads.
     */
    public record Change(Instant at, String actor, String action, String objectType, String objectId, String summary) {

        /** The fields that name an object, for an entry that created or removed it. */
        private static final List<String> NAMING_FIELDS = List.of("code", "reference", "title", "name", "heading");

        static Change of(AuditRecord e) {
            return new Change(e.occurredAt, e.actor, e.action, e.objectType, e.objectId, summary(e));
        }

        static String summary(AuditRecord e) {
            if (e.before == null || e.after == null) {
                Map<String, Object> values = e.after == null ? e.before : e.after;
                if (values == null) {
                    return e.objectId;
                }
                // Entries moved from the service's old audit table carry their text as "detail".
                if (values.containsKey("detail")) {
                    return String.valueOf(values.get("detail"));
                }
                String named = NAMING_FIELDS.stream().map(values::get).filter(Objects::nonNull).map(Object::toString)
                        .collect(Collectors.joining(" "));
                return named.isEmpty() ? e.objectId : named;
            }
            String changed = e.after.entrySet().stream()
                    .filter(a -> !Objects.equals(e.before.get(a.getKey()), a.getValue()))
                    .map(a -> a.getKey() + ": " + e.before.get(a.getKey()) + " → " + a.getValue())
                    .collect(Collectors.joining(", "));
            return changed.isEmpty() ? e.objectId : changed;
        }
    }
}
