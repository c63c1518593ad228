package dk.radhus.budget.followup;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dk.radhus.budget.Amounts;
import dk.radhus.budget.FollowUp;
import dk.radhus.budget.tables.TableRenderer;
import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.platform.events.FollowUpSubmitted;
import dk.radhus.platform.events.Topics;
import dk.radhus.platform.outbox.Outbox;

/**
 * Announces a submitted follow-up through the outbox: one FollowUpSubmitted with every line, the totals, the
 * deviations and the committee table, and one DeviationDetected per line that broke a rule. Amounts in DKK thousands,
 * the unit of the committee tables, converted exactly.
 */
@ApplicationScoped
public class FollowUpPublisher {

    static final AmountUnit UNIT = AmountUnit.DKK_THOUSANDS;

    private final Outbox outbox;
    private final FollowUpCalculator calculator;
    private final DeviationRules rules;

    public FollowUpPublisher(Outbox outbox, FollowUpCalculator calculator, DeviationRules rules) {
        this.outbox = outbox;
        this.calculator = calculator;
        this.rules = rules;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(FollowUp followUp) {
        FollowUpFigures figures = calculator.figures(followUp);
        List<DeviationRules.Finding> findings = rules.evaluate(figures);
        String html = TableRenderer.html(FollowUpTables.budgetOverview(figures, UNIT));
        outbox.publish(Topics.BUDGET_FOLLOW_UPS, new FollowUpSubmitted(followUp.id, followUp.committeeCode,
                followUp.fiscalYear, followUp.round, followUp.cutOffDate, UNIT,
                figures.lines().stream().map(FollowUpPublisher::line).toList(), line(figures.totals()),
                findings.stream().map(f -> new FollowUpSubmitted.Deviation(f.line().policyAreaCode(), f.rule(),
                        f.description())).toList(),
                figures.totals().requested().signum() != 0, html));
        for (DeviationRules.Finding finding : findings) {
            FollowUpFigures.Line line = finding.line();
            outbox.publish(Topics.BUDGET_FOLLOW_UPS, new DeviationDetected(followUp.id, followUp.committeeCode,
                    followUp.fiscalYear, followUp.round, followUp.cutOffDate, line.policyAreaCode(),
                    line.policyAreaName(), UNIT, in(line.corrected()), in(line.forecast()), in(line.deviation()),
                    finding.kind(), finding.rule()));
        }
    }

    private static FollowUpSubmitted.Line line(FollowUpFigures.Line line) {
        return new FollowUpSubmitted.Line(line.policyAreaCode(), line.policyAreaName(), in(line.original()),
                in(line.corrected()), in(line.spend()), line.spendPercentage(), in(line.requested()),
                in(line.correctedAfterRequest()), in(line.forecast()), in(line.deviation()),
                line.requested().signum() == 0 ? null : line.lineId());
    }

    private static BigDecimal in(BigDecimal kroner) {
        return Amounts.fromKroner(kroner, UNIT);
    }
}
