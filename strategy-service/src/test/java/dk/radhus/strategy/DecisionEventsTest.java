package dk.radhus.strategy;

import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** DecisionRecorded from meetings-service records approvals on action plans, growth accounts and follow-ups. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class DecisionEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldRecordTheApprovalOfAnActionPlanExactlyOnceWhenTheSameEventArrivesTwice() {
        String policy = Api.createPolicy("Vækstpolitik " + unique("D"));
        String marker = Api.createPolicy("Markør " + unique("D"));
        UUID item = UUID.randomUUID();
        String envelope = Events.decision(UUID.randomUUID(), item, "ACTION_PLAN", policy, "APPROVED_WITH_REMARKS");

        Events.send(Topics.MEETING_DECISIONS, item.toString(), envelope);
        Events.send(Topics.MEETING_DECISIONS, item.toString(), envelope);
        Events.send(Topics.MEETING_DECISIONS, item.toString(),
                Events.decision(UUID.randomUUID(), UUID.randomUUID(), "ACTION_PLAN", marker, "APPROVED"));

        await().atMost(WAIT).untilAsserted(() -> as(EDITOR).get("/policies/" + marker + "/action-plan")
                .then().body("approvals.size()", equalTo(1)));
        List<Map<String, Object>> approvals = as(EDITOR).get("/policies/" + policy + "/action-plan")
                .then().extract().jsonPath().getList("approvals");
        assertThat(approvals).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("decisionText", "Godkendt med de faldne kommentarer.")
                    .containsEntry("decidedOn", "2019-12-16").containsEntry("caseNumber", "18/8420")
                    .containsEntry("committeeCode", "DIR").containsEntry("outcome", "APPROVED_WITH_REMARKS")
                    .containsEntry("itemNumber", 6).containsEntry("itemVersion", 1).containsEntry("current", true);
            assertThat(a.get("meetingId")).isNotNull();
        });
    }

    @Test
    void shouldRecordADecisionOnAGrowthAccountAndAQualityContractFollowUp() {
        String code = unique("DEC");
        Api.createIndicator(code, null, "Arbejdspladser", "UP", null);
        int year = Api.unusedAccountYear();
        Api.setValue(code, year, 10);
        String account = as(DIRECTOR).body(Map.of("year", year, "title", "Vækstregnskab", "indicatorCodes", List.of(code)))
                .post("/growth-accounts").then().statusCode(201).extract().path("id");
        String contract = QualityContractTest.create("Integration " + unique("D"), 1, "Fritidspas", "Fritidspas", 2014);
        String followUp = as(EDITOR).body(Map.of("year", 2012, "statusText", "Status", "light", "GREEN"))
                .post("/quality-contracts/" + contract + "/follow-ups").then().statusCode(201).extract().path("id");

        UUID item = UUID.randomUUID();
        Events.send(Topics.MEETING_DECISIONS, item.toString(),
                Events.decision(UUID.randomUUID(), item, "GROWTH_ACCOUNT", account, "NOTED"));
        UUID other = UUID.randomUUID();
        Events.send(Topics.MEETING_DECISIONS, other.toString(),
                Events.decision(UUID.randomUUID(), other, "QUALITY_CONTRACT_FOLLOW_UP", followUp, "APPROVED"));

        await().atMost(WAIT).untilAsserted(() -> given().get("/growth-accounts/" + year).then()
                .body("approvals.size()", equalTo(1)).body("approvals[0].outcome", equalTo("NOTED")));
        await().atMost(WAIT).untilAsserted(() -> given().get("/quality-contracts/" + contract).then()
                .body("followUps[0].approvals[0].outcome", equalTo("APPROVED")));
    }

    @Test
    void shouldSendADecisionAboutAnUnknownActionPlanToTheDeadLetterTopic() {
        String unknown = UUID.randomUUID().toString();
        UUID item = UUID.randomUUID();

        Events.send(Topics.MEETING_DECISIONS, item.toString(),
                Events.decision(UUID.randomUUID(), item, "ACTION_PLAN", unknown, "APPROVED"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(KafkaTestClient.readAll(
                Topics.deadLetter(Topics.MEETING_DECISIONS), m -> m.value() != null && m.value().contains(unknown)))
                .hasSize(1));
    }
}
