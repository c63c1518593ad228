package dk.radhus.budget.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Direction follows the art, and the sign where there is no art. Plain JUnit. */
class EconomicClassificationTest {

    @Test
    void shouldCallIncomeArtsRevenueWhateverTheirSign() {
        assertThat(EconomicClassification.direction("7.9", new BigDecimal("-30"))).isEqualTo("revenue");
        assertThat(EconomicClassification.direction("7.1", new BigDecimal("5"))).isEqualTo("revenue");
        assertThat(EconomicClassification.direction("8.6", new BigDecimal("-1"))).isEqualTo("revenue");
        assertThat(EconomicClassification.direction("9.7", new BigDecimal("-1"))).isEqualTo("revenue");
    }

    @Test
    void shouldCallExpenseArtsExpenditureEvenWhenRepaid() {
        assertThat(EconomicClassification.direction("5.9", new BigDecimal("-25"))).isEqualTo("expenditure");
        assertThat(EconomicClassification.direction("1.0", new BigDecimal("100"))).isEqualTo("expenditure");
        assertThat(EconomicClassification.direction("9.4", new BigDecimal("3"))).isEqualTo("expenditure");
    }

    @Test
    void shouldFollowTheSignWithoutAnArt() {
        assertThat(EconomicClassification.direction("", new BigDecimal("-0.5"))).isEqualTo("revenue");
        assertThat(EconomicClassification.direction(null, BigDecimal.ZERO)).isEqualTo("expenditure");
        assertThat(EconomicClassification.mainType("5.9")).isEqualTo("5");
        assertThat(EconomicClassification.mainType("")).isEmpty();
    }
}
