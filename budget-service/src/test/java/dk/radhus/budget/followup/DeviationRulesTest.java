package dk.radhus.budget.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.radhus.budget.FollowUp;
import dk.radhus.budget.config.DeviationConfig;
import dk.radhus.platform.events.DeviationDetected.Kind;

/** The deviation rules on figures alone, without Quarkus: 5 % and 500.000 kr. for a forecast, 15 points ahead. */
class DeviationRulesTest {

    private final DeviationRules rules = new DeviationRules(new DeviationConfig() {
        @Override
        public BigDecimal minPercent() {
            return BigDecimal.valueOf(5);
        }

        @Override
        public BigDecimal minAmountKroner() {
            return BigDecimal.valueOf(500_000);
        }

        @Override
        public BigDecimal spendAheadMargin() {
            return BigDecimal.valueOf(15);
        }
    });

    @Test
    void shouldFlagAnOverspendThatReachesBothThePercentageAndTheAmount() {
        List<DeviationRules.Finding> findings = rules.evaluate(figures(mid2011(), line("10000000", "0", "10500000")));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.OVERSPEND);
            assertThat(finding.rule()).isEqualTo(DeviationRules.FORECAST_RULE);
            assertThat(finding.description()).isEqualTo(
                    "Forventet merforbrug på 500.000 kr. i forhold til korrigeret budget (grænse: 5 % og 500.000 kr.).");
        });
    }

    @Test
    void shouldFlagAnUnderspendTheSameWay() {
        assertThat(rules.evaluate(figures(mid2011(), line("10000000", "0", "9400000"))))
                .extracting(DeviationRules.Finding::kind).containsExactly(Kind.UNDERSPEND);
    }

    @Test
    void shouldNotFlagADeviationBelowEitherLimit() {
        // 600.000 kr. is 6 % of 10 mio. but only 0.6 % of 100 mio.; 400.000 kr. is 40 % of 1 mio. but under the amount.
        assertThat(rules.evaluate(figures(mid2011(), line("100000000", "0", "100600000")))).isEmpty();
        assertThat(rules.evaluate(figures(mid2011(), line("1000000", "0", "1400000")))).isEmpty();
    }

    @Test
    void shouldFlagSpendRunningFifteenPointsAheadOfTheYear() {
        // 31 March 2011 is day 90 of 365: 24.7 % of the year.
        LocalDate cutOff = LocalDate.of(2011, 3, 31);

        assertThat(rules.evaluate(figures(cutOff, line("1000000", "397000", "1000000"))))
                .extracting(DeviationRules.Finding::kind).containsExactly(Kind.SPEND_AHEAD_OF_CALENDAR);
        assertThat(rules.evaluate(figures(cutOff, line("1000000", "396000", "1000000")))).isEmpty();
    }

    @Test
    void shouldTakeTheShareOfTheYearPassedOnTheCutOffDateWithOneDecimal() {
        assertThat(DeviationRules.calendarPercentage(LocalDate.of(2011, 3, 31))).isEqualByComparingTo("24.7");
        assertThat(DeviationRules.calendarPercentage(LocalDate.of(2012, 12, 31))).isEqualByComparingTo("100.0");
    }

    private static LocalDate mid2011() {
        return LocalDate.of(2011, 6, 30);
    }

    static FollowUpFigures.Line line(String corrected, String spend, String forecast) {
        return new FollowUpFigures.Line("81", "Kultur", null, new BigDecimal(corrected), new BigDecimal(corrected),
                BigDecimal.ZERO, new BigDecimal(spend), BigDecimal.ZERO, new BigDecimal(forecast), null, null);
    }

    private static FollowUpFigures figures(LocalDate cutOff, FollowUpFigures.Line line) {
        FollowUp followUp = new FollowUp();
        followUp.cutOffDate = cutOff;
        return new FollowUpFigures(followUp, List.of(line), line);
    }
}
