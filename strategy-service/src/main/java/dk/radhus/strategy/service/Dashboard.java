package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.radhus.platform.audit.AuditRecord;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.strategy.Direction;
import dk.radhus.strategy.Light;

/**
 * What a director's start page shows, read in one go. {@code changeCount} is the number of audit entries since the
 * requested date (a day, Danish time); {@code changes} holds the newest of them.
 */
public record Dashboard(
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

    /**
     * A change since the requested date, from the audit log, in a line: the changed fields with their values before
     * and after, in the stored order (the whole entry is at /audit). The shape is the one the portal reads.
     */
    public record Change(Instant at, String actor, String action, String objectType, String objectId, String summary) {

        /** The fields that name an object, for an entry that created or removed it. */
        private static final List<String> NAMING_FIELDS = List.of("code", "reference", "title", "name", "heading");

        public static Change of(AuditRecord e) {
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

    /** Number of initiatives per light, how many of them are stale, and the total. */
    public record LightCounts(int red, int yellow, int green, int stale, int total) {
    }

    /** A focus area's rolled-up light (worst of its initiatives) and its counts. */
    public record FocusAreaStatus(UUID policyId, String policyTitle, UUID focusAreaId, String title, Light light,
            LightCounts counts) {
    }

    /** An initiative as listed on the dashboard: owner and last narrative. */
    public record InitiativeSummary(UUID id, String reference, String title, String departmentCode, String focusArea,
            Light light, String narrative, LocalDate statusAsOf, boolean stale) {
    }

    /** One indicator's yearly series with baseline and target, and the light of its latest year. */
    public record IndicatorTrend(String code, String name, String theme, String unit, Direction direction,
            YearValue baseline, YearValue target, List<YearValue> series, Light latestLight) {
    }

    /** A year and a value. */
    public record YearValue(int year, BigDecimal value) {
    }

    /** A quality contract with the light of its latest follow-up report (null if none yet). */
    public record QualityContractStatus(UUID id, String serviceArea, int contractYear, int number, String heading,
            Integer latestFollowUpYear, Light light) {
    }

    /** A committee's latest budget follow-up. Amounts in {@code unit}; deviation positive = underspend. */
    public record BudgetStatusView(String committeeCode, String committeeName, int fiscalYear, int round,
            LocalDate cutOffDate, AmountUnit unit, BigDecimal correctedBudget, BigDecimal spendToDate,
            BigDecimal spendPercentage, BigDecimal forecast, BigDecimal forecastDeviation, int deviations,
            Light light) {
    }
}
