package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
        List<AuditRecord> changes) {

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
