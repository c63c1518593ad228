package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.events.BudgetChanged;
import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.strategy.BudgetDeviation;
import dk.radhus.strategy.BudgetStatus;
import dk.radhus.strategy.Light;

/**
 * The budget status per committee: the latest follow-up's totals and a light ({@link BudgetLight}) from the deviations
 * budget-service reported for that follow-up.
 * <p>
 * Between follow-ups the corrected budget follows budget-service's BudgetChanged for the follow-up's year (a booked
 * appropriation, a transfer …), so the status shows the budget as it is now against the follow-up's spend and forecast.
 * budget-service does not judge deviations again after such a change, so the light stays the follow-up's until the
 * next one.
 */
@ApplicationScoped
public class BudgetStatusService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A committee's status with its light and the number of deviations reported for the follow-up. */
    public record Status(BudgetStatus status, Light light, int deviations) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFollowUp(EventEnvelope envelope, FollowUpSubmitted event) {
        BudgetStatus status = BudgetStatus.<BudgetStatus>findByIdOptional(event.committeeCode()).orElse(null);
        if (status != null && !status.isOlderThan(event.fiscalYear(), event.round(), event.cutOffDate())) {
            return;
        }
        if (status == null) {
            status = new BudgetStatus();
            status.committeeCode = event.committeeCode();
        }
        // A follow-up states the corrected budget as of its cut-off date; a BudgetChanged already applied for the same
        // year states the ledger as it is now, which is kept.
        BigDecimal changedBudgetKroner = status.budgetSequence > 0 && status.fiscalYear == event.fiscalYear()
                ? status.correctedBudget.multiply(status.unit.kroner()) : null;
        if (changedBudgetKroner == null) {
            status.budgetSequence = 0;
        }
        FollowUpSubmitted.Line totals = event.totals();
        status.followUpId = event.followUpId();
        status.fiscalYear = event.fiscalYear();
        status.round = event.round();
        status.cutOffDate = event.cutOffDate();
        status.unit = event.unit();
        status.correctedBudget = totals.correctedBudget();
        status.spendToDate = totals.spendToDate();
        status.spendPercentage = totals.spendPercentage();
        status.forecast = totals.forecast();
        status.forecastDeviation = totals.deviation();
        if (changedBudgetKroner != null) {
            correct(status, changedBudgetKroner);
        }
        status.updatedAt = envelope.occurredAt();
        status.persist();
    }

    /**
     * Takes the committee's corrected budget from a BudgetChanged for the status's year, converted from kroner to the
     * status's unit, and recomputes the deviation and spend percentage as the follow-up does. BudgetChanged events are
     * keyed by committee and year and follow-ups by follow-up id, so they arrive in any order relative to each other:
     * only a higher sequence than the last applied one is taken, and a change for another year or a committee without
     * a follow-up yet changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyBudgetChange(EventEnvelope envelope, BudgetChanged event) {
        BudgetStatus status = BudgetStatus.<BudgetStatus>findByIdOptional(event.committeeCode()).orElse(null);
        if (status == null || status.fiscalYear != event.fiscalYear() || event.sequence() <= status.budgetSequence) {
            return;
        }
        correct(status, event.correctedBudget());
        status.budgetSequence = event.sequence();
        status.updatedAt = envelope.occurredAt();
    }

    /** Sets the corrected budget, given in kroner, in the status's unit (exactly: units are powers of ten). */
    private static void correct(BudgetStatus status, BigDecimal correctedBudgetKroner) {
        status.correctedBudget = correctedBudgetKroner.divide(status.unit.kroner());
        status.forecastDeviation = status.correctedBudget.subtract(status.forecast);
        status.spendPercentage = spendPercentage(status.spendToDate, status.correctedBudget);
    }

    /** As budget-service computes it: one decimal, none for a negative spend or a corrected budget that is not positive. */
    static BigDecimal spendPercentage(BigDecimal spend, BigDecimal correctedBudget) {
        if (spend.signum() < 0 || correctedBudget.signum() <= 0) {
            return null;
        }
        return spend.multiply(HUNDRED).divide(correctedBudget, 1, RoundingMode.HALF_UP);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void applyDeviation(EventEnvelope envelope, DeviationDetected event) {
        if (BudgetDeviation.exists(event.followUpId(), event.policyAreaCode(), event.rule())) {
            return;
        }
        BudgetDeviation deviation = new BudgetDeviation();
        deviation.id = UUID.randomUUID();
        deviation.followUpId = event.followUpId();
        deviation.committeeCode = event.committeeCode();
        deviation.policyAreaCode = event.policyAreaCode();
        deviation.kind = event.kind();
        deviation.deviation = event.deviation();
        deviation.rule = event.rule();
        deviation.persist();
    }

    /** Statuses, optionally for one committee, each with its light. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Status> statuses(String committeeCode) {
        List<BudgetStatus> statuses = BudgetStatus.listByCommittee().stream()
                .filter(s -> committeeCode == null || s.committeeCode.equals(committeeCode)).toList();
        Map<UUID, List<BudgetDeviation>> deviations = BudgetDeviation
                .ofFollowUps(statuses.stream().map(s -> s.followUpId).toList()).stream()
                .collect(Collectors.groupingBy(d -> d.followUpId));
        return statuses.stream().map(s -> {
            List<BudgetDeviation> reported = deviations.getOrDefault(s.followUpId, List.of());
            return new Status(s, BudgetLight.of(reported.stream().map(d -> d.kind).toList()), reported.size());
        }).toList();
    }
}
