package dk.radhus.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void shouldQuoteATextCellThatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://evil\",\"klik\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"klik\")");
        assertThat(SpreadsheetCells.safe("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(SpreadsheetCells.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.safe("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCells.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetCells.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void shouldKeepNumbersPlainTextAndTheDashForNoFigure() {
        assertThat(SpreadsheetCells.safe("-1200.50")).isEqualTo("-1200.50");
        assertThat(SpreadsheetCells.safe("-1.200,5")).isEqualTo("-1.200,5");
        assertThat(SpreadsheetCells.safe("+12")).isEqualTo("+12");
        assertThat(SpreadsheetCells.safe("-")).isEqualTo("-");
        assertThat(SpreadsheetCells.safe("Område 51 = drift")).isEqualTo("Område 51 = drift");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
    }

    @Test
    void shouldLeaveValuesThatAreNotTextAsTheyAre() {
        assertThat(SpreadsheetCells.safe(List.of(2011, "=1+1", "-350"))).containsExactly(2011, "'=1+1", "-350");
    }
}
