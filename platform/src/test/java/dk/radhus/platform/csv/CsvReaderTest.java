package dk.radhus.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.csv.CsvReader.Row;

class CsvReaderTest {

    @Test
    void shouldChooseTheDialectFromTheHeaderLine() {
        assertThat(CsvReader.of("funktion;beløb\n6.45.51;1.234,50\n").dialect())
                .isEqualTo(CsvDialect.SEMICOLON_DECIMAL_COMMA);
        assertThat(CsvReader.of("function,amount\n6.45.51,1234.50\n").dialect())
                .isEqualTo(CsvDialect.COMMA_DECIMAL_POINT);
    }

    @Test
    void shouldGiveTrimmedHeaderNamesAndCells() {
        CsvReader csv = CsvReader.of(" funktion ; beløb \n 6.45.51 ;  1.234,50 \n");

        assertThat(csv.header()).containsExactly("funktion", "beløb");
        Row row = rows(csv).get(0);
        assertThat(row.cell(0)).isEqualTo("6.45.51");
        assertThat(row.cell(1)).isEqualTo("1.234,50");
    }

    @Test
    void shouldNumberRowsByTheFileLineTheyStartOnCountingEmptyAndMultiLineRows() {
        List<Row> rows = rows(CsvReader.of("a,b\n1,2\n\n3,\"two\nlines\"\n4,5"));

        assertThat(rows).extracting(Row::line).containsExactly(2, 4, 6);
        assertThat(rows.get(1).cell(1)).isEqualTo("two\nlines");
    }

    @Test
    void shouldReadQuotedCellsWithSeparatorsAndDoubledQuotes() {
        Row row = rows(CsvReader.of("tekst;beløb\n\"Løn; vikarer \"\"A\"\"\";\"-1.234,50\"\n")).get(0);

        assertThat(row.cell(0)).isEqualTo("Løn; vikarer \"A\"");
        assertThat(row.cell(1)).isEqualTo("-1.234,50");
    }

    @Test
    void shouldTellARowWithTooFewOrTooManyCells() {
        List<Row> rows = rows(CsvReader.of("a,b,c\n1,2,3\n1,2\n1,2,3,4\n"));

        assertThat(rows).extracting(Row::complete).containsExactly(true, false, false);
        assertThat(rows.get(1).cell(2)).isEmpty();
    }

    @Test
    void shouldStopAtAQuoteThatIsNeverClosedWithTheLine() {
        CsvReader csv = CsvReader.of("a,b\n1,2\n3,\"open\n");

        assertThatThrownBy(() -> rows(csv)).isInstanceOfSatisfying(CsvReader.UnreadableException.class,
                e -> assertThat(e.line()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void shouldRefuseAHeaderLongerThanAHeaderCanBeBeforeParsingIt() {
        String longHeader = "{\"text\":\"" + "a".repeat(CsvReader.MAX_HEADER_CHARS) + "\"}";

        assertThatThrownBy(() -> CsvReader.of(longHeader + "\n1;2\n")).isInstanceOf(CsvReader.UnreadableException.class)
                .satisfies(e -> assertThat(((CsvReader.UnreadableException) e).line()).isEqualTo(1));
        assertThat(CsvReader.of("a".repeat(CsvReader.MAX_HEADER_CHARS) + "\n1\n").header()).hasSize(1);
    }

    @Test
    void shouldCountDataLinesWithoutTheHeaderAndWithOrWithoutAFinalLineBreak() {
        assertThat(CsvReader.dataLines("a,b\r\n1,2\r\n3,4\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(CsvReader.dataLines("a,b\n1,2\n3,4".getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(CsvReader.dataLines("a,b\n".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(CsvReader.dataLines(new byte[0])).isZero();
    }

    private static List<Row> rows(CsvReader csv) {
        List<Row> rows = new ArrayList<>();
        csv.forEach(rows::add);
        return rows;
    }
}
