package dk.radhus.budget.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Account lines as COPY text rows: empty cells are null, and a cost centre cannot break a row. Plain JUnit. */
class AccountLineRowsTest {

    @Test
    void shouldWriteOneEscapedCopyRowPerLine() throws IOException {
        AccountLineRows rows = new AccountLineRows();
        rows.add(2, "6.45.51", "1", "5.9", new BigDecimal("-25000.50"), "88\t10\\x\ny", "881");
        rows.add(3, "6.45.51", "1", "", new BigDecimal("1E+3"), "", "881");

        assertThat(rows.count()).isEqualTo(2);
        assertThat(new String(rows.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                "2\t6.45.51\t1\t5.9\t-25000.50\t88\\t10\\\\x\\ny\t881\n"
                        + "3\t6.45.51\t1\t\\N\t1000\t\\N\t881\n");
    }
}
