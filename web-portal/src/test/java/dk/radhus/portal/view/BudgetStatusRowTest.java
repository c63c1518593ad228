package dk.radhus.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.radhus.portal.strategy.Strategy;

class BudgetStatusRowTest {

    private static Strategy.BudgetStatus status(String spendPercentage, String deviation, LocalDate cutOff) {
        return new Strategy.BudgetStatus("BEU", "Borger- og Erhvervsudvalget", 2011, 2, cutOff, "DKK_THOUSANDS",
                new BigDecimal("353"), new BigDecimal("300"),
                spendPercentage == null ? null : new BigDecimal(spendPercentage), new BigDecimal("360"),
                new BigDecimal(deviation), 1, "RED");
    }

    @Test
    void shouldSetTheSpendPercentageAgainstTheShareOfTheYearPassed() {
        BudgetStatusRow row = BudgetStatusRow.of(status("85.0", "-7", LocalDate.of(2011, 3, 31)));

        assertThat(row.yearPassedPercentage()).isEqualByComparingTo("24.7");
        assertThat(row.aheadOfCalendarPoints()).isEqualByComparingTo("60.3");
        assertThat(row.ahead()).isTrue();
        assertThat(row.deviationWord()).isEqualTo("Merforbrug");
    }

    @Test
    void shouldNameAnUnderspendAndCopeWithoutASpendPercentage() {
        BudgetStatusRow row = BudgetStatusRow.of(status(null, "12", LocalDate.of(2012, 12, 31)));

        assertThat(row.yearPassedPercentage()).isEqualByComparingTo("100.0");
        assertThat(row.aheadOfCalendarPoints()).isNull();
        assertThat(row.ahead()).isFalse();
        assertThat(row.deviationWord()).isEqualTo("Mindreforbrug");
    }
}
