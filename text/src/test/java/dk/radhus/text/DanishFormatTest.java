package dk.radhus.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DanishFormatTest {

    @Test
    void shouldGroupThousandsWithPointsAndWriteDecimalsAfterAComma() {
        assertThat(DanishFormat.number(d("1234567.50"))).isEqualTo("1.234.567,5");
        assertThat(DanishFormat.number(d("-1200"))).isEqualTo("-1.200");
        assertThat(DanishFormat.number(d("999"))).isEqualTo("999");
        assertThat(DanishFormat.number(d("0.000"))).isEqualTo("0");
        assertThat(DanishFormat.number(new BigDecimal("3.55E+5"))).isEqualTo("355.000");
    }

    @Test
    void shouldRoundHalfUpToExactlyTheGivenDecimalsAndNeverPrintMinusZero() {
        assertThat(DanishFormat.fixed(d("2.5"), 0)).isEqualTo("3");
        assertThat(DanishFormat.fixed(d("-2.5"), 0)).isEqualTo("-3");
        assertThat(DanishFormat.fixed(d("1234.5"), 2)).isEqualTo("1.234,50");
        assertThat(DanishFormat.fixed(d("-0.4"), 0)).isEqualTo("0");
    }

    @Test
    void shouldRoundToAtMostTheGivenDecimalsAndDropTrailingZeros() {
        assertThat(DanishFormat.atMost(d("87.25"), 1)).isEqualTo("87,3");
        assertThat(DanishFormat.atMost(d("50500.00"), 2)).isEqualTo("50.500");
        assertThat(DanishFormat.atMost(d("-1234.5"), 2)).isEqualTo("-1.234,5");
    }

    @Test
    void shouldWriteAnAmountInKronerWithAtMostTwoDecimals() {
        assertThat(DanishFormat.kroner(d("353000.00"))).isEqualTo("353.000 kr.");
        assertThat(DanishFormat.kroner(d("-1500000"))).isEqualTo("-1.500.000 kr.");
        assertThat(DanishFormat.kroner(d("12.345"))).isEqualTo("12,35 kr.");
    }

    @Test
    void shouldWriteDatesAsFollowUpsAndAgendasDo() {
        assertThat(DanishFormat.cutOff(LocalDate.of(2011, 3, 31))).isEqualTo("31/3-2011");
        assertThat(DanishFormat.longDate(LocalDate.of(2019, 12, 16))).isEqualTo("16. december 2019");
    }

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }
}
