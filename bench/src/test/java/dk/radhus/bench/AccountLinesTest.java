package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AccountLinesTest {

    @Test
    void shouldWriteDanishAmountsWithThousandsPointsAndADecimalComma() {
        assertThat(AccountLines.danishAmount(new BigDecimal("-1234567.50"))).isEqualTo("-1.234.567,50");
        assertThat(AccountLines.danishAmount(new BigDecimal("123.05"))).isEqualTo("123,05");
        assertThat(AccountLines.danishAmount(new BigDecimal("-0.10"))).isEqualTo("-0,10");
        assertThat(AccountLines.danishAmount(new BigDecimal("1000"))).isEqualTo("1.000");
    }

    @Test
    void shouldWriteTheSameRowsInBothDialectsWithTheirTotal() {
        AccountLines.File comma = AccountLines.generate(3, 7, false);
        AccountLines.File danish = AccountLines.generate(3, 7, true);
        List<String> commaLines = new String(comma.csv(), StandardCharsets.UTF_8).lines().toList();
        List<String> danishLines = new String(danish.csv(), StandardCharsets.UTF_8).lines().toList();

        assertThat(commaLines).hasSize(4).first().isEqualTo("function,budgetType,type,amount,costCentre,text");
        assertThat(danishLines).hasSize(4).first().isEqualTo("funktion;dranst;art;beløb;omkostningssted;tekst");
        BigDecimal sum = commaLines.stream().skip(1).map(line -> new BigDecimal(line.split(",")[3]))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(comma.total()).isEqualByComparingTo(danish.total());
        assertThat(danishLines.get(1).split(";")[3])
                .isEqualTo(AccountLines.danishAmount(new BigDecimal(commaLines.get(1).split(",")[3])));
        assertThat(commaLines.get(1)).startsWith("3.4").endsWith(",Kørsel 7");
    }
}
