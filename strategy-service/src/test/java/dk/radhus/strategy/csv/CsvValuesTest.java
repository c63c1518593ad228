package dk.radhus.strategy.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.radhus.strategy.Light;

/** The cell readers of the strategy imports, without Quarkus. */
class CsvValuesTest {

    @Test
    void shouldReadLightsInEnglishOrDanishInAnyCase() {
        assertThat(CsvValues.light("RED")).contains(Light.RED);
        assertThat(CsvValues.light("gul")).contains(Light.YELLOW);
        assertThat(CsvValues.light("Grøn")).contains(Light.GREEN);
        assertThat(CsvValues.light("blå")).isEmpty();
    }

    @Test
    void shouldReadIsoAndDanishDates() {
        assertThat(CsvValues.date("2020-01-31")).contains(LocalDate.of(2020, 1, 31));
        assertThat(CsvValues.date("31-01-2020")).contains(LocalDate.of(2020, 1, 31));
        assertThat(CsvValues.date("31/01/2020")).isEmpty();
    }

    @Test
    void shouldReadYearsFrom1900To2100() {
        assertThat(CsvValues.year("2019")).contains(2019);
        assertThat(CsvValues.year("1899")).isEmpty();
        assertThat(CsvValues.year("tolv")).isEmpty();
    }
}
