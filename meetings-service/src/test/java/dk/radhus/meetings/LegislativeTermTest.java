package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.radhus.meetings.service.LegislativeTerm;

/** The Danish municipal councils' terms by rule: 2007–2009 after the reform, then four years from each 1 January. */
class LegislativeTermTest {

    @Test
    void shouldKnowEveryTermFromTheReformToTheCurrentOne() {
        assertThat(LegislativeTerm.until(LocalDate.of(2026, 12, 6))).extracting(LegislativeTerm::name)
                .containsExactly("Valgperioden 2007–2009", "Valgperioden 2010–2013", "Valgperioden 2014–2017",
                        "Valgperioden 2018–2021", "Valgperioden 2022–2025", "Valgperioden 2026–2029");
    }

    @Test
    void shouldBeginATermOnTheFirstOfJanuaryAfterTheElection() {
        assertThat(LegislativeTerm.until(LocalDate.of(2025, 12, 31))).last()
                .isEqualTo(new LegislativeTerm(2022, 2025));
        assertThat(LegislativeTerm.until(LocalDate.of(2026, 1, 1))).last()
                .isEqualTo(new LegislativeTerm(2026, 2029));
        LegislativeTerm term = new LegislativeTerm(2022, 2025);
        assertThat(term.startDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(term.endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(term.began()).hasToString("2021-12-31T23:00:00Z");
    }

    @Test
    void shouldKnowNoTermBeforeTheMergedMunicipalities() {
        assertThat(LegislativeTerm.until(LocalDate.of(2006, 12, 31))).isEmpty();
        assertThat(LegislativeTerm.until(LocalDate.of(2009, 6, 1))).containsExactly(new LegislativeTerm(2007, 2009));
    }
}
