package dk.radhus.meetings.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** Dates and times as the imported documents write them, read without Quarkus. */
class DanishDatesTest {

    @Test
    void shouldReadNumericIsoAndWrittenDates() {
        assertThat(DanishDates.date("Dagsorden 11-05-2011")).contains(LocalDate.of(2011, 5, 11));
        assertThat(DanishDates.date("Mødedato: 6.3.2013")).contains(LocalDate.of(2013, 3, 6));
        assertThat(DanishDates.date("2019-12-16")).contains(LocalDate.of(2019, 12, 16));
        assertThat(DanishDates.date("Onsdag den 6. marts 2013")).contains(LocalDate.of(2013, 3, 6));
        assertThat(DanishDates.date("Mandag d. 16. December 2019")).contains(LocalDate.of(2019, 12, 16));
    }

    @Test
    void shouldFindNoDateInAnImpossibleDateOrYearZero() {
        assertThat(DanishDates.date("31-02-2011")).isEmpty();
        assertThat(DanishDates.date("11-05-0000")).isEmpty();
        assertThat(DanishDates.date("Punkt 4")).isEmpty();
    }

    @Test
    void shouldReadTheClockTimeAfterKlAndEveryTimeInARange() {
        assertThat(DanishDates.clockTime("Mandag d. 16. december 2019 kl. 09:00")).contains(LocalTime.of(9, 0));
        assertThat(DanishDates.clockTime("16. december 2019")).isEmpty();
        assertThat(DanishDates.times("17:00 – 19.30")).containsExactly(LocalTime.of(17, 0), LocalTime.of(19, 30));
        assertThat(DanishDates.times("25:00")).isEmpty();
    }
}
