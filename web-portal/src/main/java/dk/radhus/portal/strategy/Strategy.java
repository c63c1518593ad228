package dk.radhus.portal.strategy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the directors' pages read from strategy-service. Lights are {@code RED}, {@code YELLOW}, {@code GREEN}. */
public final class Strategy {

    private Strategy() {
    }

    /** {@code GET /dashboard}: everything the overview shows, in one call. */
    public record Dashboard(LocalDate today, int staleAfterDays, LightCounts overall, List<FocusArea> focusAreas,
            List<InitiativeSummary> redInitiatives, List<InitiativeSummary> staleInitiatives,
            List<IndicatorTrend> indicatorTrends, List<QualityContract> qualityContracts,
            List<BudgetStatus> budgetStatus, long changeCount, List<Change> changes) {
    }

    /** Initiatives per light, how many of them are stale, and the total. */
    public record LightCounts(int red, int yellow, int green, int stale, int total) {
    }

    /** A focus area with its rolled-up light (null without initiatives). */
    public record FocusArea(UUID policyId, String policyTitle, UUID focusAreaId, String title, String light,
            LightCounts counts) {
    }

    /** A red or stale initiative: owner (department) and latest narrative. */
    public record InitiativeSummary(UUID id, String reference, String title, String departmentCode, String focusArea,
            String light, String narrative, LocalDate statusAsOf, boolean stale) {
    }

    /** One growth-account indicator's yearly series with its baseline and target. */
    public record IndicatorTrend(String code, String name, String theme, String unit, String direction,
            YearValue baseline, YearValue target, List<YearValue> series, String latestLight) {
    }

    /** A year and a value. */
    public record YearValue(int year, BigDecimal value) {
    }

    /** A quality contract objective with the light of its latest follow-up report. */
    public record QualityContract(UUID id, String serviceArea, int contractYear, int number, String heading,
            Integer latestFollowUpYear, String light) {
    }

    /** A committee's latest budget follow-up; amounts in {@code unit}, deviation positive = underspend. */
    public record BudgetStatus(String committeeCode, String committeeName, int fiscalYear, int round,
            LocalDate cutOffDate, String unit, BigDecimal correctedBudget, BigDecimal spendToDate,
            BigDecimal spendPercentage, BigDecimal forecast, BigDecimal forecastDeviation, int deviations,
            String light) {
    }

    /** A write since the director's last visit (from the audit trail). */
    public record Change(Instant at, String actor, String action, String objectType, String objectId,
            String summary) {
    }

    /** An initiative with its current status. */
    public record Initiative(UUID id, String reference, String title, String description, String departmentCode,
            String partners, LocalDate startDate, LocalDate endDate, String light, String narrative,
            LocalDate statusAsOf, boolean stale) {
    }

    /** One status change: from → to light, narrative, as-of date, who and when. */
    public record StatusChange(String fromLight, String toLight, String narrative, LocalDate asOf, String changedBy,
            Instant changedAt) {
    }

    /** A published growth account (vækstregnskab), as anyone may read it: one line per indicator. */
    public record GrowthAccount(UUID id, int year, String title, Instant publishedAt, List<GrowthLine> lines) {

        public long count(String light) {
            return lines.stream().filter(l -> light.equals(l.light())).count();
        }
    }

    /** One indicator of a growth account: its value, the change from the year before, baseline, target and light. */
    public record GrowthLine(String theme, String indicatorCode, String name, String unit, String direction,
            BigDecimal value, BigDecimal previousValue, BigDecimal change, int baselineYear, BigDecimal baselineValue,
            BigDecimal targetValue, Integer targetYear, String light) {
    }
}
