package dk.radhus.e2e.bench;

import static dk.radhus.e2e.Meetings.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.e2e.Budget;
import dk.radhus.e2e.Meetings;
import dk.radhus.e2e.Strategy;
import dk.radhus.e2e.Suite;

/**
 * Money flowing onward (issue 14): from the HTTP 2xx of a decision on an agenda item that cites an appropriation request
 * in meetings-service to the directors' budget status in strategy-service showing the corrected budget it implies
 * (meetings' outbox relay → Kafka → budget-service books or reverses the appropriation and publishes BudgetChanged →
 * Kafka → strategy's budget status), p50 and p95 over 200 decisions, one at a time, after 40 for warm-up; and, in the
 * same run, the plain produce → consume latency of the same Kafka broker ({@link BrokerLatency}). Each decision turns
 * the item's previous one around (approved ↔ rejected: a decision may change until the minutes are approved), so every
 * sample moves the money. Fails if the p95 exceeds 1 s.
 *
 * <p>Opt-in: {@code ./mvnw -B verify -pl e2e-tests -Dbench=true -Dit.test=DecisionToBudgetStatusBenchmarkIT}. The
 * result table is printed and recorded in docs/BENCHMARKS.md ("Decision to budget status latency").
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DecisionToBudgetStatusBenchmarkIT {

    private static final int COMMITTEES = 20;
    /** Two rounds, so that both an approval and a reversal are warm before measuring. */
    private static final int WARM_UP_ROUNDS = 2;
    private static final int MEASURED_ROUNDS = 10;
    private static final int YEAR = 2012;
    private static final BigDecimal ORIGINAL_BUDGET = new BigDecimal("1000");
    private static final BigDecimal REQUESTED = new BigDecimal("200");
    private static final Duration TARGET_P95 = Duration.ofSeconds(1);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(5);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** One committee's meeting and the agenda item whose decision cites its appropriation request. */
    private record Committee(String code, String meeting, String item) {
    }

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldShowTheDirectorsTheCorrectedBudgetWithinASecondOfTheDecisionAtThe95thPercentile() throws Exception {
        String loadBefore = LoadAverage.now();
        List<Committee> committees = arrange();

        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Committee committee : committees) {
                decideAndAwaitBudgetStatus(committee, round);
            }
        }
        List<Duration> pipeline = new ArrayList<>();
        for (int round = WARM_UP_ROUNDS; round < WARM_UP_ROUNDS + MEASURED_ROUNDS; round++) {
            for (Committee committee : committees) {
                pipeline.add(decideAndAwaitBudgetStatus(committee, round));
            }
        }
        List<Duration> broker = BrokerLatency.measure(20, 200);
        String loadAfter = LoadAverage.now();

        Percentiles decisionToStatus = Percentiles.of(pipeline);
        Percentiles produceToConsume = Percentiles.of(broker);
        System.out.printf("""

                | Path (%d samples each, sequential) | p50 | p95 | max |
                |---|---|---|---|
                | decision recorded (HTTP 2xx) → corrected budget in strategy's budget status | %s | %s | %s |
                | plain Kafka produce (acks=all) → consume, same broker | %s | %s | %s |

                Load average before: %s; after: %s
                %n""", pipeline.size(), decisionToStatus.p50(), decisionToStatus.p95(), decisionToStatus.max(),
                produceToConsume.p50(), produceToConsume.p95(), produceToConsume.max(), loadBefore, loadAfter);
        assertThat(pipeline).hasSize(COMMITTEES * MEASURED_ROUNDS);
        assertThat(decisionToStatus.p95Duration()).as("p95 decision → budget status").isLessThanOrEqualTo(TARGET_P95);
    }

    /**
     * Committees with a policy area and its original budget, a submitted follow-up whose line requests an
     * appropriation, and a published agenda (a meeting in the past, so that no drafted item lands on it) with an item
     * citing the request; ready when strategy-service shows the committee's budget status.
     */
    private List<Committee> arrange() {
        budget.openYear(YEAR);
        List<Committee> committees = new ArrayList<>();
        for (int i = 0; i < COMMITTEES; i++) {
            String code = Meetings.uniqueCode("BD");
            meetings.committee(code, "Benchmarkudvalget " + code, "POLITICAL_COMMITTEE");
            String area = Budget.uniqueAreaCode();
            budget.policyArea(area, "Område " + area, code);
            budget.entry(YEAR, area, "ORIGINAL", ORIGINAL_BUDGET.toPlainString(), (YEAR - 1) + "-10-10",
                    "Oprindeligt budget");
            String followUp = budget.followUp(code, YEAR, 1, YEAR + "-03-31");
            budget.line(followUp, area, "100", REQUESTED.toPlainString(), "1200");
            budget.submit(followUp);
            String request = budget.appropriationRequests(followUp).get(0);
            String meeting = meetings.meeting(code, YEAR + "-05-14T16:00:00", "B101");
            String item = meetings.addItem(meeting, Meetings.item(1, "Tillægsbevilling " + code, "82/" + i, null,
                    "Administrationen indstiller, at tillægsbevillingen gives.",
                    List.of(reference("APPROPRIATION_REQUEST", request))));
            meetings.transition(meeting, "AGENDA_PUBLISHED");
            committees.add(new Committee(code, meeting, item));
        }
        for (Committee committee : committees) {
            await().atMost(Duration.ofSeconds(60)).until(() -> shows(correctedBudget(budgetStatus(committee)),
                    ORIGINAL_BUDGET));
        }
        return committees;
    }

    /**
     * Records the round's decision on the committee's item (even rounds approve, odd rounds reject, each reversing the
     * last) and polls the committee's budget status (every 5 ms, in this thread) until it shows the corrected budget
     * that decision implies; the latency ends when the response that shows it arrives.
     */
    private Duration decideAndAwaitBudgetStatus(Committee committee, int round) throws IOException,
            InterruptedException {
        boolean approve = round % 2 == 0;
        BigDecimal expected = approve ? ORIGINAL_BUDGET.add(REQUESTED) : ORIGINAL_BUDGET;
        String decision = """
                {"text": "%s (runde %d)", "outcome": "%s"}""".formatted(approve ? "Godkendt" : "Afvist", round,
                approve ? "APPROVED" : "REJECTED");
        HttpResponse<String> decided = http.send(HttpRequest.newBuilder(URI.create(suite.meetings.baseUri()
                + "/meetings/" + committee.meeting() + "/items/" + committee.item() + "/decision"))
                .header("Authorization", "Bearer " + Meetings.SECRETARY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(decision)).build(), HttpResponse.BodyHandlers.ofString());
        long accepted = System.nanoTime();
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        HttpRequest status = budgetStatus(committee);
        AtomicLong shown = new AtomicLong();
        await().atMost(GIVE_UP).pollDelay(Duration.ZERO).pollInterval(POLL_INTERVAL).pollInSameThread().until(() -> {
            BigDecimal corrected = correctedBudget(status);
            shown.set(System.nanoTime());
            return shows(corrected, expected);
        });
        return Duration.ofNanos(shown.get() - accepted);
    }

    private static boolean shows(BigDecimal corrected, BigDecimal expected) {
        return corrected != null && corrected.compareTo(expected) == 0;
    }

    private HttpRequest budgetStatus(Committee committee) {
        return HttpRequest.newBuilder(URI.create(suite.strategy.baseUri() + "/dashboard/budget-status?committee="
                + committee.code())).header("Authorization", "Bearer " + Strategy.DIRECTOR).build();
    }

    /** The committee's corrected budget (DKK thousands) as the directors see it now; null before there is one. */
    private BigDecimal correctedBudget(HttpRequest status) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(status, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return null;
        }
        JsonNode corrected = JSON.readTree(response.body()).path(0).path("correctedBudget");
        return corrected.isNumber() ? corrected.decimalValue() : null;
    }
}
