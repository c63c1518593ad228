package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/** Submitting a follow-up publishes FollowUpSubmitted and a DeviationDetected per offending line, via Kafka. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class FollowUpEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldPublishTheSubmissionAndADeviationPerOffendingLine() throws Exception {
        BudgetFixtures.openYear(YEAR);
        String committee = BudgetFixtures.committee();
        String overspent = BudgetFixtures.policyArea(committee);
        String onTrack = BudgetFixtures.policyArea(committee);
        String spendingFast = BudgetFixtures.policyArea(committee);
        BudgetFixtures.entry(YEAR, overspent, "ORIGINAL", "10000", YEAR - 1 + "-10-01");
        BudgetFixtures.entry(YEAR, onTrack, "ORIGINAL", "1000", YEAR - 1 + "-10-01");
        BudgetFixtures.entry(YEAR, spendingFast, "ORIGINAL", "1000", YEAR - 1 + "-10-01");
        String followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-03-31");
        BudgetFixtures.line(followUp, overspent, "2400", "0", "11000");
        BudgetFixtures.line(followUp, onTrack, "240", "0", "1000");
        BudgetFixtures.line(followUp, spendingFast, "600", "0", "1000");

        BudgetFixtures.submit(followUp);

        List<JsonNode> events = await().atMost(Duration.ofSeconds(30)).until(() -> read(followUp),
                found -> found.size() >= 3);
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("FollowUpSubmitted", "DeviationDetected", "DeviationDetected");

        JsonNode submitted = events.get(0).get("payload");
        assertThat(submitted.get("committeeCode").asText()).isEqualTo(committee);
        assertThat(submitted.get("unit").asText()).isEqualTo("DKK_THOUSANDS");
        assertThat(submitted.get("lines")).hasSize(3);
        assertThat(submitted.get("totals").get("forecast").decimalValue()).isEqualByComparingTo("13000");
        assertThat(submitted.get("deviations")).hasSize(2);
        assertThat(submitted.get("tableHtml").asText()).contains("Tabel 1: Budgetoversigt");

        JsonNode overspend = events.get(1).get("payload");
        assertThat(overspend.get("policyAreaCode").asText()).isEqualTo(overspent);
        assertThat(overspend.get("kind").asText()).isEqualTo("OVERSPEND");
        assertThat(overspend.get("deviation").decimalValue()).isEqualByComparingTo("-1000");
        assertThat(overspend.get("rule").asText()).isEqualTo("forecast-deviation");

        JsonNode ahead = events.get(2).get("payload");
        assertThat(ahead.get("policyAreaCode").asText()).isEqualTo(spendingFast);
        assertThat(ahead.get("kind").asText()).isEqualTo("SPEND_AHEAD_OF_CALENDAR");
    }

    @Test
    void shouldNotFlagASmallDeviationBelowTheAmountThreshold() throws Exception {
        BudgetFixtures.openYear(YEAR);
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        BudgetFixtures.entry(YEAR, area, "ORIGINAL", "1000", YEAR - 1 + "-10-01");
        String followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-06-30");
        BudgetFixtures.line(followUp, area, "500", "0", "1400");

        BudgetFixtures.submit(followUp);

        List<JsonNode> events = await().atMost(Duration.ofSeconds(30)).until(() -> read(followUp),
                found -> !found.isEmpty());
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("FollowUpSubmitted");
        assertThat(events.get(0).get("payload").get("deviations")).isEmpty();
    }

    @Test
    void shouldNameTheAppropriationRequestOfEachLineThatRequestsOne() throws Exception {
        BudgetFixtures.openYear(YEAR);
        String committee = BudgetFixtures.committee();
        String requesting = BudgetFixtures.policyArea(committee);
        String notRequesting = BudgetFixtures.policyArea(committee);
        BudgetFixtures.entry(YEAR, requesting, "ORIGINAL", "1000", YEAR - 1 + "-10-01");
        BudgetFixtures.entry(YEAR, notRequesting, "ORIGINAL", "1000", YEAR - 1 + "-10-01");
        String followUp = BudgetFixtures.followUp(committee, YEAR, 2, YEAR + "-03-31");
        BudgetFixtures.line(followUp, requesting, "250", "50", "1050");
        BudgetFixtures.line(followUp, notRequesting, "250", "0", "1000");

        BudgetFixtures.submit(followUp);

        String request = given().get("/follow-ups/" + followUp).then().statusCode(200).extract()
                .path("lines.find { it.policyAreaCode == '%s' }.appropriationRequestId".formatted(requesting));
        List<JsonNode> events = await().atMost(Duration.ofSeconds(30)).until(() -> read(followUp),
                found -> !found.isEmpty());
        JsonNode submitted = events.get(0).get("payload");
        assertThat(submitted.get("appropriationRequested").asBoolean()).isTrue();
        for (JsonNode line : submitted.get("lines")) {
            JsonNode id = line.get("appropriationRequestId");
            if (line.get("policyAreaCode").asText().equals(requesting)) {
                assertThat(id.asText()).isEqualTo(request);
            } else {
                assertThat(id.isNull()).isTrue();
            }
        }
        assertThat(submitted.at("/totals/appropriationRequestId").isNull()).isTrue();
    }

    private static List<JsonNode> read(String followUp) throws Exception {
        List<KafkaTestClient.Message> messages = KafkaTestClient.readAll(Topics.BUDGET_FOLLOW_UPS,
                m -> followUp.equals(m.key()));
        List<JsonNode> events = new ArrayList<>();
        for (KafkaTestClient.Message message : messages) {
            events.add(JSON.readTree(message.value()));
        }
        return events;
    }
}
