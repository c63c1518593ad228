package dk.radhus.budget.followup;

import static dk.radhus.budget.followup.DeviationRulesTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A follow-up line's derived figures as the tables print them, without Quarkus. */
class FollowUpFiguresTest {

    @Test
    void shouldTakeTheDeviationAsCorrectedBudgetMinusForecast() {
        assertThat(line("1553", "275", "2003").deviation()).isEqualByComparingTo("-450");
        assertThat(line("1000", "0", "900").deviation()).isEqualByComparingTo("100");
    }

    @Test
    void shouldGiveTheSpendPercentageWithOneDecimalRoundedHalfUp() {
        assertThat(line("1553", "275", "2003").spendPercentage()).isEqualByComparingTo("17.7");
        assertThat(line("400", "1", "400").spendPercentage()).isEqualByComparingTo("0.3");
    }

    @Test
    void shouldGiveNoSpendPercentageForNegativeSpendOrABudgetThatIsNotPositive() {
        assertThat(line("1000", "-5", "1000").spendPercentage()).isNull();
        assertThat(line("0", "5", "0").spendPercentage()).isNull();
        assertThat(line("-100", "5", "0").spendPercentage()).isNull();
    }

    @Test
    void shouldAddLinesIntoTheTotal() {
        FollowUpFigures.Line total = FollowUpFigures.Line.emptyTotal().plus(line("1000", "100", "900"))
                .plus(line("500", "50", "700"));

        assertThat(total.policyAreaName()).isEqualTo("I alt");
        assertThat(total.corrected()).isEqualByComparingTo("1500");
        assertThat(total.spend()).isEqualByComparingTo("150");
        assertThat(total.deviation()).isEqualByComparingTo("-100");
    }
}
