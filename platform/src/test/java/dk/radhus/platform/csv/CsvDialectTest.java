package dk.radhus.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class CsvDialectTest {

    @Test
    void shouldReadDanishNumbersWithADecimalCommaAndOptionalThousandPoints() {
        CsvDialect danish = CsvDialect.SEMICOLON_DECIMAL_COMMA;

        assertThat(danish.number("-1.234,50")).contains(new BigDecimal("-1234.50"));
        assertThat(danish.number("1234,5")).contains(new BigDecimal("1234.5"));
        assertThat(danish.number("12.345.678")).contains(new BigDecimal("12345678"));
        assertThat(danish.number("1.5")).isEmpty();
        assertThat(danish.number("1,234.50")).isEmpty();
        assertThat(danish.number("")).isEmpty();
    }

    @Test
    void shouldReadPointNumbersWithoutThousandSeparators() {
        CsvDialect point = CsvDialect.COMMA_DECIMAL_POINT;

        assertThat(point.number("-1234.50")).contains(new BigDecimal("-1234.50"));
        assertThat(point.number("1.234,50")).isEmpty();
        assertThat(point.number("1e3")).isEmpty();
    }

    @Test
    void shouldTakeSemicolonsWhenTheHeaderHoldsOne() {
        assertThat(CsvDialect.ofHeader("funktion;beløb")).isEqualTo(CsvDialect.SEMICOLON_DECIMAL_COMMA);
        assertThat(CsvDialect.ofHeader("function,amount")).isEqualTo(CsvDialect.COMMA_DECIMAL_POINT);
        assertThat(CsvDialect.ofHeader("tekst")).isEqualTo(CsvDialect.COMMA_DECIMAL_POINT);
    }
}
