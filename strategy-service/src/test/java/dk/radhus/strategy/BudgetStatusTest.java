package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** FollowUpSubmitted and DeviationDetected from budget-service feed the budget status per committee. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class BudgetStatusTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldShowTheLatestFollowUpPerCommitteeAndIgnoreAnOlderOneArrivingLate() {
        String committee = code();
        Events.send(Topics.COMMITTEES, committee, Events.committee(committee, "Borger- og Erhvervsudvalget"));
        UUID round2 = UUID.randomUUID();
        Events.send(Topics.BUDGET_FOLLOW_UPS, round2.toString(),
                Events.followUp(round2, committee, 2, "100000", "101000", "-1000"));
        UUID lateRound1 = UUID.randomUUID();
        // Same key as round 2 so that the late round 1 and the marker after it are consumed in this order.
        Events.send(Topics.BUDGET_FOLLOW_UPS, round2.toString(),
                Events.followUp(lateRound1, committee, 1, "100000", "110000", "-10000"));
        Events.send(Topics.BUDGET_FOLLOW_UPS, round2.toString(), Events.deviation(round2, committee, "UNDERSPEND"));

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonPath status = budget(committee);
            assertThat(status.getString("[0].committeeName")).isEqualTo("Borger- og Erhvervsudvalget");
            assertThat(status.getInt("[0].deviations")).isEqualTo(1);
        });
        JsonPath status = budget(committee);
        assertThat(status.getList("$")).hasSize(1);
        assertThat(status.getInt("[0].round")).isEqualTo(2);
        assertThat(status.getString("[0].spendPercentage")).isEqualTo("25.0");
        assertThat(status.getString("[0].forecastDeviation")).isEqualTo("-1000");
        assertThat(status.getString("[0].unit")).isEqualTo("DKK_THOUSANDS");
        assertThat(status.getString("[0].light")).isEqualTo("YELLOW");
    }

    @Test
    void shouldTurnRedWhenBudgetServiceReportedAnOverspendForTheLatestFollowUp() {
        String committee = code();
        UUID followUp = UUID.randomUUID();
        Events.send(Topics.BUDGET_FOLLOW_UPS, followUp.toString(),
                Events.followUp(followUp, committee, 1, "100000", "106000", "-6000"));
        Events.send(Topics.BUDGET_FOLLOW_UPS, followUp.toString(), Events.deviation(followUp, committee, "OVERSPEND"));

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> as(DIRECTOR).get("/dashboard?committee=" + committee).then()
                .body("budgetStatus.size()", equalTo(1)).body("budgetStatus[0].light", equalTo("RED")));
    }

    @Test
    void shouldTakeTheLightFromReportedDeviationsNotFromTheFigures() {
        String quiet = code();
        UUID first = UUID.randomUUID();
        // A forecast 6 % over budget, but budget-service reported nothing: its rule decides, so the light is green.
        Events.send(Topics.BUDGET_FOLLOW_UPS, first.toString(),
                Events.followUp(first, quiet, 1, "100000", "106000", "-6000"));
        String deviating = code();
        UUID second = UUID.randomUUID();
        Events.send(Topics.BUDGET_FOLLOW_UPS, second.toString(),
                Events.followUp(second, deviating, 1, "100000", "99000", "1000"));
        Events.send(Topics.BUDGET_FOLLOW_UPS, second.toString(),
                Events.deviation(second, deviating, "SPEND_AHEAD_OF_CALENDAR"));

        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> assertThat(budget(quiet).getString("[0].light")).isEqualTo("GREEN"));
        await().atMost(WAIT).ignoreExceptions().untilAsserted(() -> {
            JsonPath status = budget(deviating);
            assertThat(status.getInt("[0].deviations")).isEqualTo(1);
            assertThat(status.getString("[0].light")).isEqualTo("YELLOW");
        });
    }

    private static JsonPath budget(String committee) {
        return as(DIRECTOR).get("/dashboard/budget-status?committee=" + committee).then().statusCode(200)
                .extract().jsonPath();
    }

    private static String code() {
        return "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
