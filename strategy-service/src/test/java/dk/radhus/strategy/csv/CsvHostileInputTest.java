package dk.radhus.strategy.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.problem.ProblemException;

class CsvHostileInputTest {

    @Test
    void shouldReadValuesWithinFifteenDigitsBeforeAndSixAfterTheDecimalPoint() {
        assertThat(CsvValues.decimal("74,2")).contains(new BigDecimal("74.2"));
        assertThat(CsvValues.decimal("123456789012345.123456")).contains(new BigDecimal("123456789012345.123456"));
        assertThat(CsvValues.decimal("1.5000000")).contains(new BigDecimal("1.5000000"));
    }

    @Test
    void shouldRefuseHugeTinyAndOverPreciseValues() {
        assertThat(CsvValues.decimal("1e400")).isEmpty();
        assertThat(CsvValues.decimal("1234567890123456")).isEmpty();
        assertThat(CsvValues.decimal("0,0000001")).isEmpty();
        assertThat(CsvValues.decimal("1e-400")).isEmpty();
    }

    @Test
    void shouldReadAnUploadAsStrictUtf8WithoutNulCharacters() {
        assertThat(CsvTable.text("indicator;year;value\nBEF-01;2019;\"74,2\"\n".getBytes(StandardCharsets.UTF_8)))
                .startsWith("indicator");
        assertThatThrownBy(() -> CsvTable.text(new byte[] {'b', 'e', 'l', (byte) 0xF8, 'b'}))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors())
                        .singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("file")));
        assertThatThrownBy(() -> CsvTable.text("initiative,light,text,asOf\nVP-1,RED,a\u0000b,2020-01-01\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ProblemException.class);
    }
}
