package dk.radhus.budget.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Account lines as COPY text rows: empty cells are null, and a cost centre cannot break a row. Plain JUnit. */
class AccountLineRowsTest {

    @Test
    void shouldWriteOneEscapedCopyRowPerLine() throws IOException {
        UUID upload = UUID.fromString("00000000-0000-0000-0000-000000000018");
        AccountLineRows rows = new AccountLineRows(upload, 0);
        rows.add(2, "6.45.51", "1", "5.9", new BigDecimal("-25000.50"), "88\t10\\x\ny", "881");
        rows.add(3, "6.45.51", "1", "", new BigDecimal("1E+3"), "", "881");

        assertThat(rows.count()).isEqualTo(2);
        assertThat(new String(rows.stream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
                upload + "\t2\t6.45.51\t1\t5.9\t-25000.50\t88\\t10\\\\x\\ny\t881\n"
                        + upload + "\t3\t6.45.51\t1\t\\N\t1000\t\\N\t881\n");
    }
}
