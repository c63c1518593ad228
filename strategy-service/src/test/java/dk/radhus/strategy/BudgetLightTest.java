package dk.radhus.strategy;

import static dk.radhus.platform.events.DeviationDetected.Kind.OVERSPEND;
import static dk.radhus.platform.events.DeviationDetected.Kind.SPEND_AHEAD_OF_CALENDAR;
import static dk.radhus.platform.events.DeviationDetected.Kind.UNDERSPEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.radhus.strategy.service.BudgetLight;

class BudgetLightTest {

    @Test
    void shouldBeGreenWhenNoDeviationWasReported() {
        assertThat(BudgetLight.of(List.of())).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldBeRedWhenAnyReportedDeviationIsAnOverspend() {
        assertThat(BudgetLight.of(List.of(UNDERSPEND, OVERSPEND, SPEND_AHEAD_OF_CALENDAR))).isEqualTo(Light.RED);
    }

    @Test
    void shouldBeYellowForAnUnderspendOrSpendingAheadOfTheCalendar() {
        assertThat(BudgetLight.of(List.of(UNDERSPEND))).isEqualTo(Light.YELLOW);
        assertThat(BudgetLight.of(List.of(SPEND_AHEAD_OF_CALENDAR, SPEND_AHEAD_OF_CALENDAR))).isEqualTo(Light.YELLOW);
    }
}
