package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestEvents;

/** DecisionRecorded from meetings-service approves follow-ups and books approved appropriations exactly once. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DecisionConsumerTest extends DecisionTestBase {

    @Test
    void shouldApproveTheFollowUpWhenTheCommitteeApprovesIt() {
        item.decision(1, "APPROVED", false, true, "BUDGET_FOLLOW_UP", followUp);

        await().atMost(Duration.ofSeconds(30)).until(() -> "APPROVED".equals(
                given().get("/follow-ups/" + followUp).then().extract().path("status")));
        given().get("/follow-ups/" + followUp).then().body("decisionOutcome", equalTo("APPROVED"))
                .body("history[1].to", equalTo("APPROVED"));
        given().auth().oauth2(finance()).contentType("application/json").body("{\"reason\": \"Fejl\"}")
                .post("/follow-ups/" + followUp + "/reopen").then().statusCode(409);
    }

    @Test
    void shouldBookAnApprovedAppropriationOnceEvenWhenTheEventComesTwice() {
        UUID eventId = UUID.randomUUID();
        item.decision(eventId, 1, "APPROVED", false, true, "APPROPRIATION_REQUEST", request);
        item.decision(eventId, 1, "APPROVED", false, true, "APPROPRIATION_REQUEST", request);
        item.decision(2, "APPROVED", false, true, "APPROPRIATION_REQUEST", request);
        item.decision(3, "APPROVED", false, true, "BUDGET_FOLLOW_UP", followUp);

        await().atMost(Duration.ofSeconds(30)).until(() -> "APPROVED".equals(
                given().get("/follow-ups/" + followUp).then().extract().path("status")));
        given().get("/years/%d/budgets/%s".formatted(YEAR, area)).then()
                .body("entries", hasSize(2))
                .body("supplementaryAppropriations", equalTo(50))
                .body("correctedBudget", equalTo(403))
                .body("entries[1].kind", equalTo("SUPPLEMENTARY"))
                .body("entries[1].date", equalTo(YEAR + "-05-11"))
                .body("entries[1].decision.caseNumber", equalTo("11/2334"))
                .body("entries[1].decision.itemNumber", equalTo(5))
                .body("entries[1].decision.meetingDate", equalTo(YEAR + "-05-11"));
        given().get("/follow-ups/" + followUp).then().body("lines[0].appropriationStatus", equalTo("APPROVED"))
                .body("lines[0].correctedBudget", equalTo(353));
    }

    @Test
    void shouldRecordARejectedAppropriationWithoutBookingIt() {
        item.decision(1, "REJECTED", false, true, "APPROPRIATION_REQUEST", request);
        item.decision(2, "APPROVED", false, true, "BUDGET_FOLLOW_UP", followUp);

        await().atMost(Duration.ofSeconds(30)).until(() -> "APPROVED".equals(
                given().get("/follow-ups/" + followUp).then().extract().path("status")));
        given().get("/follow-ups/" + followUp).then().body("lines[0].appropriationStatus", equalTo("REJECTED"));
        given().get("/years/%d/budgets/%s".formatted(YEAR, area)).then().body("entries", hasSize(1));
    }

    @Test
    void shouldSendADecisionAboutAnUnknownFollowUpToTheDeadLetterTopic() {
        UUID eventId = item.decision(1, "APPROVED", false, true, "BUDGET_FOLLOW_UP", UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaTestClient.readAll(
                Topics.deadLetter(Topics.MEETING_DECISIONS), m -> m.value().contains(eventId.toString())).isEmpty());
        assertThat(given().get("/follow-ups/" + followUp).then().extract().<String>path("status"))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void shouldSendAVersionOneDecisionWithoutItsVersionAndVisibilityToTheDeadLetterTopic() {
        UUID eventId = UUID.randomUUID();
        String payload = """
                {"itemId":"%s","meetingId":"%s","committeeCode":"%s","meetingDate":"%d-05-11","itemNumber":5,
                 "caseNumber":"11/2334","title":"Punkt","decisionText":"Godkendt.","outcome":"APPROVED",
                 "decidedOn":"%d-05-11","confidential":false,"references":[{"kind":"BUDGET_FOLLOW_UP","id":"%s"}]}"""
                .formatted(item.itemId, UUID.randomUUID(), committee, YEAR, YEAR, followUp);
        KafkaTestClient.send(Topics.MEETING_DECISIONS, item.itemId.toString(), TestEvents.envelope(eventId,
                "DecisionRecorded", "AgendaItem", item.itemId.toString(), Instant.now(), payload));

        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaTestClient.readAll(
                Topics.deadLetter(Topics.MEETING_DECISIONS), m -> m.value().contains(eventId.toString())).isEmpty());
        assertThat(given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().extract()
                .<String>path("status")).isEqualTo("SUBMITTED");
    }
}
