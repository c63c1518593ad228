package dk.radhus.budget.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The chart's CSV and the rules it gives account lines. Plain JUnit. */
class ChartOfAccountsRulesTest {

    private static final ChartOfAccounts CHART = new ChartOfAccounts(2030, Set.of("6.45.51"),
            ChartCsv.byBudgetType(ChartCsv.types("dranst,art,navn\n1,5.9,Tilskud\n2,8.6,Statstilskud\n"
                    .getBytes(StandardCharsets.UTF_8))));

    @Test
    void shouldNameWhatTheChartDoesNotAuthorise() {
        assertThat(CHART.functionProblem("6.45.51")).isEmpty();
        assertThat(CHART.functionProblem("6.45.52")).contains(
                "funktionen 6.45.52 findes ikke i den autoriserede kontoplan for 2030");
        assertThat(CHART.typeProblem(1, "5.9")).isEmpty();
        assertThat(CHART.typeProblem(2, "5.9")).contains("art 5.9 er ikke autoriseret på dranst 2 i kontoplanen for 2030");
        assertThat(CHART.budgetTypeProblem(3)).contains("dranst 3 er ikke autoriseret i kontoplanen for 2030");
    }

    @Test
    void shouldCheckNothingWithoutAChart() {
        assertThat(ChartOfAccounts.NONE.functionProblem("9.99.99")).isEmpty();
        assertThat(ChartOfAccounts.NONE.budgetTypeProblem(7)).isEmpty();
        assertThat(ChartOfAccounts.NONE.typeProblem(7, "0.0")).isEmpty();
    }

    @Test
    void shouldReportEveryBadLineOfAChartFile() {
        ChartRejectedException rejected = catchThrowableOfType(ChartRejectedException.class,
                () -> ChartCsv.types("dranst;art;navn\n8;5.9;X\n1;x;Y\n1;5.9;\n1;5.9;Z\n1;5.9;Igen\n"
                        .getBytes(StandardCharsets.UTF_8)));

        assertThat(rejected.errors()).extracting(ChartLineError::line, ChartLineError::column).containsExactly(
                tuple(2, "dranst"), tuple(3, "art"),
                tuple(4, "navn"), tuple(6, "art"));
        assertThat(ChartCsv.functions("funktion;navn\n6.45.51;Sekretariat\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(List.of(new ChartCsv.Entry(0, "6.45.51", "Sekretariat")));
    }
}
