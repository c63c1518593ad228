package dk.radhus.budget.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.FollowUpLine;
import dk.radhus.budget.followup.FollowUpFigures;
import dk.radhus.budget.followup.FollowUpView;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.DecisionOutcome;
import dk.radhus.platform.events.DeviationDetected;

/**
 * A follow-up with its figures in {@code unit}. {@code deviation} is corrected budget − forecast: positive is an
 * underspend (mindreforbrug), negative an overspend (merforbrug). {@code spendPercentage} is null for a negative spend.
 */
public record FollowUpResponse(UUID id, String committeeCode, int fiscalYear, int round, LocalDate cutOffDate,
        FollowUp.Status status, DecisionOutcome decisionOutcome, AmountUnit unit, List<Line> lines, Line totals,
        List<Deviation> deviations, List<Transition> history) {

    /** One policy area's figures; {@code appropriationRequestId} is what a decision on the request refers to. */
    public record Line(String policyAreaCode, String policyAreaName, UUID appropriationRequestId,
            BigDecimal originalBudget, BigDecimal correctedBudget, BigDecimal spendToDate, BigDecimal spendPercentage,
            BigDecimal requestedAppropriation, BigDecimal correctedBudgetAfterRequest, BigDecimal forecast,
            BigDecimal deviation, String deviationKind, String comments,
            FollowUpLine.AppropriationStatus appropriationStatus) {

        static Line of(FollowUpFigures.Line line, AmountUnit unit) {
            BigDecimal deviation = line.deviation();
            return new Line(line.policyAreaCode(), line.policyAreaName(), line.lineId(), in(line.original(), unit),
                    in(line.corrected(), unit), in(line.spend(), unit), line.spendPercentage(),
                    in(line.requested(), unit), in(line.correctedAfterRequest(), unit), in(line.forecast(), unit),
                    in(deviation, unit), FollowUpResponse.deviationKind(deviation), line.comments(),
                    line.appropriationStatus());
        }
    }

    /** A deviation rule a line broke. */
    public record Deviation(String policyAreaCode, DeviationDetected.Kind kind, String rule, String description) {
    }

    /** A state change. */
    public record Transition(FollowUp.Status from, FollowUp.Status to, String reason, String by, Instant at) {
    }

    static FollowUpResponse of(FollowUpView view, AmountUnit unit) {
        FollowUpFigures figures = view.figures();
        FollowUp followUp = figures.followUp();
        return new FollowUpResponse(followUp.id, followUp.committeeCode, followUp.fiscalYear, followUp.round,
                followUp.cutOffDate, view.status(), view.outcome(), unit,
                figures.lines().stream().map(l -> Line.of(l, unit)).toList(), Line.of(figures.totals(), unit),
                view.deviations().stream().map(f -> new Deviation(f.line().policyAreaCode(), f.kind(), f.rule(),
                        f.description())).toList(),
                view.history().stream().map(t -> new Transition(t.from(), t.to(), t.reason(), t.by(), t.at()))
                        .toList());
    }

    /** "UNDERSPEND" (mindreforbrug), "OVERSPEND" (merforbrug) or "NONE". */
    static String deviationKind(BigDecimal deviation) {
        return switch (deviation.signum()) {
            case 1 -> "UNDERSPEND";
            case -1 -> "OVERSPEND";
            default -> "NONE";
        };
    }

    private static BigDecimal in(BigDecimal kroner, AmountUnit unit) {
        return Amounts.fromKroner(kroner, unit);
    }
}
