package dk.radhus.portal.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DanishTest {

    @Test
    void shouldWriteDatesAndNumbersTheDanishWay() {
        assertThat(Danish.date(LocalDate.of(2011, 5, 11))).isEqualTo("11. maj 2011");
        assertThat(Danish.weekdayDate(LocalDateTime.of(2013, 3, 6, 9, 0))).isEqualTo("onsdag den 6. marts 2013");
        assertThat(Danish.time(LocalDateTime.of(2011, 5, 11, 17, 0))).isEqualTo("17:00");
        assertThat(Danish.month(LocalDateTime.of(2011, 5, 11, 17, 0))).isEqualTo("Maj 2011");
        assertThat(Danish.number(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        assertThat(Danish.number(new BigDecimal("-25"))).isEqualTo("-25");
        assertThat(Danish.number(null)).isEqualTo("-");
        assertThat(Danish.percent(new BigDecimal("87.46"))).isEqualTo("87,5 %");
        assertThat(Danish.percent(null)).isEqualTo("-");
    }

    @Test
    void shouldSpellOutLightsAndCodes() {
        assertThat(Danish.light("RED")).isEqualTo("Rød");
        assertThat(Danish.light("YELLOW")).isEqualTo("Gul");
        assertThat(Danish.light("GREEN")).isEqualTo("Grøn");
        assertThat(Danish.light(null)).isEqualTo("Ingen status");
        assertThat(Danish.lightClass("GREEN")).isEqualTo("lys lys-groen");
        assertThat(Danish.kindLetter("DECISION")).isEqualTo("A");
        assertThat(Danish.kindLetter("ANNOUNCEMENTS")).isEqualTo("M");
        assertThat(Danish.outcome("APPROVED_WITH_REMARKS")).isEqualTo("Godkendt med de faldne bemærkninger");
        assertThat(Danish.unit("DKK_THOUSANDS")).isEqualTo("1.000 kr.");
    }

    @Test
    void shouldSplitTextIntoParagraphsAtBlankLines() {
        assertThat(Danish.paragraphs("Første afsnit\nsamme afsnit\n\n  \nAndet afsnit\n")).containsExactly(
                "Første afsnit\nsamme afsnit", "Andet afsnit");
        assertThat(Danish.paragraphs(null)).isEmpty();
    }
}
