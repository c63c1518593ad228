package dk.radhus.strategy.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.platform.events.EventEnvelope;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.strategy.BudgetDeviation;
import dk.radhus.strategy.BudgetStatus;
import dk.radhus.strategy.Light;
import dk.radhus.strategy.config.StrategyConfig;

/**
 * The budget status per committee: the latest follow-up's totals and a light. Red: the forecast overspends the
 * corrected budget by at least the configured percentage and amount (default 5 % and 500.000 kr.), or budget-service
 * reported an OVERSPEND deviation for the follow-up. Yellow: the same threshold broken as an underspend, or any other
 * reported deviation. Green otherwise.
 */
@ApplicationScoped
public class BudgetStatusService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final StrategyConfig config;

    public BudgetStatusService(StrategyConfig config) {
        this.config = config;
    }

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
        status.updatedAt = envelope.occurredAt();
        status.persist();
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
            return new Status(s, light(s, reported), reported.size());
        }).toList();
    }

    Light light(BudgetStatus status, List<BudgetDeviation> reported) {
        boolean reportedOverspend = reported.stream().anyMatch(d -> d.kind == DeviationDetected.Kind.OVERSPEND);
        boolean breaksThreshold = breaksThreshold(status);
        boolean overspend = status.forecastDeviation.signum() < 0;
        if (reportedOverspend || breaksThreshold && overspend) {
            return Light.RED;
        }
        return breaksThreshold || !reported.isEmpty() ? Light.YELLOW : Light.GREEN;
    }

    private boolean breaksThreshold(BudgetStatus status) {
        BigDecimal deviation = status.forecastDeviation.abs();
        BigDecimal kroner = deviation.multiply(status.unit.kroner());
        if (kroner.compareTo(config.budget().deviationAmountDkk()) < 0) {
            return false;
        }
        if (status.correctedBudget.signum() == 0) {
            return true;
        }
        BigDecimal percent = deviation.multiply(HUNDRED).divide(status.correctedBudget.abs(), 4, RoundingMode.HALF_UP);
        return percent.compareTo(config.budget().deviationPercent()) >= 0;
    }
}
