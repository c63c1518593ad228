package dk.radhus.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dk.radhus.strategy.service.GrowthLight;

class GrowthLightTest {

    @Test
    void shouldBeGreenWhenTheTargetIsReachedInTheDesiredDirection() {
        assertThat(GrowthLight.of(Direction.UP, d("310"), d("280"), d("300"))).isEqualTo(Light.GREEN);
        assertThat(GrowthLight.of(Direction.DOWN, d("3.9"), d("4.5"), d("4.0"))).isEqualTo(Light.GREEN);
    }

    @Test
    void shouldBeRedWhenTheValueMovedAgainstTheDesiredDirection() {
        assertThat(GrowthLight.of(Direction.DOWN, d("4.8"), d("4.5"), d("4.0"))).isEqualTo(Light.RED);
        assertThat(GrowthLight.of(Direction.UP, d("90"), d("100"), null)).isEqualTo(Light.RED);
    }

    @Test
    void shouldBeYellowOnTheWayToTheTargetUnchangedOrWithoutAPreviousYear() {
        assertThat(GrowthLight.of(Direction.UP, d("50500"), d("50000"), d("55000"))).isEqualTo(Light.YELLOW);
        assertThat(GrowthLight.of(Direction.UP, d("100"), d("100"), null)).isEqualTo(Light.YELLOW);
        assertThat(GrowthLight.of(Direction.UP, d("100"), null, null)).isEqualTo(Light.YELLOW);
    }

    @Test
    void shouldBeGreenWithoutATargetWhenTheValueImproved() {
        assertThat(GrowthLight.of(Direction.UP, d("101"), d("100"), null)).isEqualTo(Light.GREEN);
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
