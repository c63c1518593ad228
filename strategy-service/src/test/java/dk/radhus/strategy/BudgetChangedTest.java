package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * BudgetChanged from budget-service keeps the corrected budget of a committee's status current between follow-ups.
 * The tests send every event of a committee with one key, so they are consumed in the order sent.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class BudgetChangedTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldShowTheCorrectedBudgetIncludingABookedAppropriationAndNotRollItBackOnAnOlderSequence() {
        String committee = code();
        UUID followUp = UUID.randomUUID();
        send(committee, Events.followUp(followUp, committee, 1, "100000", "101000", "-1000"));
        send(committee, Events.budgetChanged(committee, 7, "110000000"));
        send(committee, Events.budgetChanged(committee, 6, "90000000"));
        send(committee, Events.budgetChanged(committee, 7, "95000000"));
        send(committee, Events.deviation(followUp, committee, "UNDERSPEND"));

        await().atMost(WAIT).ignoreExceptions()
                .untilAsserted(() -> assertThat(status(committee).getInt("[0].deviations")).isEqualTo(1));
        JsonPath status = status(committee);
        assertThat(status.getString("[0].unit")).isEqualTo("DKK_THOUSANDS");
        assertThat(status.getString("[0].correctedBudget")).isEqualTo("110000");
        assertThat(status.getString("[0].forecastDeviation")).isEqualTo("9000");
        assertThat(status.getString("[0].spendPercentage")).isEqualTo("22.7");
        assertThat(as(DIRECTOR).get("/dashboard?committee=" + committee).then().statusCode(200).extract().jsonPath()
                .getString("budgetStatus[0].correctedBudget")).isEqualTo("110000");
    }

    @Test
    void shouldKeepTheChangedBudgetWhenANewerFollowUpOfTheSameYearArrives() {
        String committee = code();
        UUID round1 = UUID.randomUUID();
        UUID round2 = UUID.randomUUID();
        send(committee, Events.followUp(round1, committee, 1, "100000", "101000", "-1000"));
        send(committee, Events.budgetChanged(committee, 3, "104000500"));
        send(committee, Events.followUp(round2, committee, 2, "100000", "103000", "-3000"));
        send(committee, Events.deviation(round2, committee, "UNDERSPEND"));

        await().atMost(WAIT).ignoreExceptions()
                .untilAsserted(() -> assertThat(status(committee).getInt("[0].deviations")).isEqualTo(1));
        JsonPath status = status(committee);
        assertThat(status.getInt("[0].round")).isEqualTo(2);
        assertThat(status.getString("[0].correctedBudget")).isEqualTo("104000.5");
        assertThat(status.getString("[0].forecastDeviation")).isEqualTo("1000.5");
    }

    @Test
    void shouldChangeNothingForACommitteeWithoutAFollowUp() {
        String committee = code();
        String marked = code();
        UUID followUp = UUID.randomUUID();
        send(committee, Events.budgetChanged(committee, 1, "110000000"));
        send(committee, Events.followUp(followUp, marked, 1, "100000", "101000", "-1000"));

        await().atMost(WAIT).ignoreExceptions()
                .untilAsserted(() -> assertThat(status(marked).getList("$")).hasSize(1));
        assertThat(status(committee).getList("$")).isEmpty();
    }

    @Test
    void shouldApplyACarryOverAndACauseItDoesNotKnowInsteadOfDeadLetteringThem() {
        String committee = code();
        UUID followUp = UUID.randomUUID();
        send(committee, Events.followUp(followUp, committee, 1, "100000", "101000", "-1000"));
        send(committee, Events.budgetChanged(committee, 1, "196000000", "CARRY_OVER_BOOKED"));
        send(committee, Events.budgetChanged(committee, 2, "197000000", "CAUSE_OF_A_LATER_BUDGET_SERVICE"));
        send(committee, Events.deviation(followUp, committee, "UNDERSPEND"));

        await().atMost(WAIT).ignoreExceptions()
                .untilAsserted(() -> assertThat(status(committee).getInt("[0].deviations")).isEqualTo(1));
        assertThat(status(committee).getString("[0].correctedBudget")).isEqualTo("197000");
    }

    private static void send(String key, String envelope) {
        Events.send(Topics.BUDGET_FOLLOW_UPS, key, envelope);
    }

    private static JsonPath status(String committee) {
        return as(DIRECTOR).get("/dashboard/budget-status?committee=" + committee).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String code() {
        return "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
