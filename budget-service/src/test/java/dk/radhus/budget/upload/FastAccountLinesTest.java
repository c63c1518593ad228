package dk.radhus.budget.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.csv.CsvDialect;
import dk.radhus.platform.input.StrictInput;

/** The fast path reads amounts and UTF-8 exactly as the dialects and the strict decoder do. Plain JUnit. */
class FastAccountLinesTest {

    private static final List<String> CELLS = List.of("0", "-0", "12", "-1234.50", "1.234", "1.234,5", "-1.234.567,89",
            "1234,5", ",5", "5,", "1..234", ".123", "1.23", "1.2345", "12.345.67", "1.234.", "-", "", "1 000", "+1",
            "00012,50", "1234567.1", "0.000", "123456789012345678", "1e5", "12,3,4", "1.000.000");

    @Test
    void shouldReadEveryAmountAsTheDialectDoes() {
        for (CsvDialect dialect : CsvDialect.values()) {
            for (String cell : CELLS) {
                byte[] bytes = cell.getBytes(StandardCharsets.US_ASCII);
                Optional<BigDecimal> expected = dialect.number(cell);
                BigDecimal actual = FastAccountLines.amount(bytes, 0, bytes.length,
                        dialect == CsvDialect.SEMICOLON_DECIMAL_COMMA);
                assertThat(Optional.ofNullable(actual)).as("%s in %s", cell, dialect).isEqualTo(expected);
            }
        }
    }

    @Test
    void shouldAcceptExactlyWhatTheStrictDecoderAccepts() {
        List<byte[]> samples = List.of("beløb æøå".getBytes(StandardCharsets.UTF_8), "€ 😀".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xE0, (byte) 0x80,
                        (byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {(byte) 0xFF},
                new byte[] {'a', (byte) 0x80});
        for (byte[] sample : samples) {
            assertThat(FastAccountLines.validUtf8(sample, 0, sample.length)).as(Pattern.quote(new String(sample,
                    StandardCharsets.ISO_8859_1))).isEqualTo(StrictInput.firstInvalidUtf8(sample, 0, sample.length) < 0);
        }
    }
}
