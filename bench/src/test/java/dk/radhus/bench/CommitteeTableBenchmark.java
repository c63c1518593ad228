package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.testing.ServiceProcess;

/**
 * "Tabel 1: Budgetoversigt" of a follow-up whose spend came from a 200,000-line upload ({@code GET
 * /tables/follow-ups/{id}}, anonymous, once submitted) in its three formats, sequential requests after a warm-up;
 * target: p95 ≤ 50 ms for each format.
 */
class CommitteeTableBenchmark {

    private static final int LINES = 200_000;
    private static final int WARM_UP = 200;
    private static final int MEASURED = 500;
    private static final double TARGET_MILLIS = 50;
    private static final List<String> FORMATS = List.of("application/json", "text/html", "text/csv");

    @Test
    void shouldAnswerTheCommitteeTableWithin50MillisecondsAtThe95thPercentile() {
        ServiceProcess service = Services.start("budget-service", "budget");
        Budgets budgets = new Budgets(service);
        String followUp = budgets.followUpWithBudgets();
        budgets.uploadAndWait(followUp, AccountLines.generate(LINES, 1, true).csv());
        budgets.submit(followUp);
        Api api = budgets.api();
        String path = "/tables/follow-ups/" + followUp;
        JsonNode rows = api.get(path, null).get("rows");
        assertThat(rows).hasSize(Budgets.AREA_NAMES.size() + 2);
        String before = MachineState.describe();

        ResultTable table = new ResultTable("budget-service: committee table",
                "Accept", "Body bytes", "p50 ms", "p95 ms", "p99 ms", "max ms");
        List<Double> p95s = new ArrayList<>();
        for (String format : FORMATS) {
            int bytes = api.send(api.request(path, null).header("Accept", format).GET().build(), 200).body().length;
            Latencies latencies = api.time(WARM_UP, MEASURED, 200,
                    i -> api.request(path, null).header("Accept", format).GET().build());
            table.row("`" + format + "`", bytes, latencies.millis(50), latencies.millis(95), latencies.millis(99),
                    latencies.maxMillis());
            p95s.add(latencies.millis(95));
        }
        table.note("Submitted follow-up of " + Budgets.AREA_NAMES.size() + " policy areas (budget, supplementary "
                + "appropriation and transfer each), spend from one " + LINES + "-line upload; anonymous, " + MEASURED
                + " sequential requests per format after " + WARM_UP + " warm-up requests. Machine before: " + before
                + "; after: " + MachineState.describe() + ".").publish();

        assertThat(p95s).allSatisfy(p95 -> assertThat(p95).as("p95 in ms").isLessThanOrEqualTo(TARGET_MILLIS));
    }
}
