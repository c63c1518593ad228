package dk.radhus.strategy;

import static dk.radhus.strategy.Api.ADMIN;
import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.FINANCE;
import static dk.radhus.strategy.Api.SECRETARY;
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
import dk.radhus.strategy.Events.Decision;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the public sees of a decision follows its item's visibility from meetings-service: a closed item only as its
 * number and "Lukket punkt", an open item's decision once it is public; staff see the full citation.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class DecisionVisibilityTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldShowAClosedItemToTheAnonymousCallerOnlyAsItsNumberAndLukketPunktOnEverySurface() {
        String marker = unique("LUKKET");
        int year = growthAccount();
        String account = given().get("/growth-accounts/" + year).then().extract().path("id");
        String contract = QualityContractTest.create("Lukket " + unique("Q"), 1, "Overskrift", "Formål", null);
        String followUp = followUp(contract);
        String policy = Api.createPolicy("Lukket " + unique("P"));
        Api.adopt(policy);

        closed(marker, "GROWTH_ACCOUNT", account).send();
        closed(marker, "QUALITY_CONTRACT_FOLLOW_UP", followUp).send();
        closed(marker, "ACTION_PLAN", policy).send();

        await().atMost(WAIT).untilAsserted(() -> as(FINANCE).get("/growth-accounts/" + year).then()
                .body("approvals[0].caseNumber", equalTo(marker + "/1")));
        await().atMost(WAIT).untilAsserted(() -> as(FINANCE).get("/quality-contracts/" + contract).then()
                .body("followUps[0].approvals[0].decisionText", equalTo("Beslutning " + marker)));
        await().atMost(WAIT).untilAsserted(() -> as(EDITOR).get("/policies/" + policy + "/action-plan").then()
                .body("approvals[0].title", equalTo("Sag " + marker)));

        for (String path : List.of("/growth-accounts", "/growth-accounts/" + year, "/quality-contracts",
                "/quality-contracts/" + contract, "/policies/" + policy)) {
            assertThat(given().get(path).then().statusCode(200).extract().asString()).as(path)
                    .doesNotContain(marker);
            assertThat(as(SECRETARY).get(path).then().statusCode(200).extract().asString()).as(path)
                    .doesNotContain(marker);
        }
        given().get("/policies/" + policy + "/action-plan").then().statusCode(401);
        assertThat(given().get("/growth-accounts/" + year).then().extract().jsonPath()
                .getList("approvals", Map.class)).singleElement().satisfies(a -> {
                    assertThat(a).containsEntry("itemNumber", 6).containsEntry("title", "Lukket punkt");
                    assertThat(List.of("caseNumber", "decisionText", "outcome", "meetingId", "meetingDate"))
                            .allSatisfy(field -> assertThat(a.get(field)).as(field).isNull());
                });
        as(DIRECTOR).get("/quality-contracts/" + contract).then()
                .body("followUps[0].approvals[0].caseNumber", equalTo(marker + "/1"));
        as(ADMIN).get("/growth-accounts/" + year).then().body("approvals[0].caseNumber", equalTo(marker + "/1"));
    }

    @Test
    void shouldTakeAnItemClosedAfterItsDecisionOutOfAnonymousResponsesAndNotReopenItOnALateOlderEvent() {
        String marker = unique("SENERE");
        int year = growthAccount();
        String account = given().get("/growth-accounts/" + year).then().extract().path("id");
        Decision decision = Decision.of(UUID.randomUUID(), "GROWTH_ACCOUNT", account).marked(marker);
        String key = decision.itemId().toString();
        decision.send();
        await().atMost(WAIT).untilAsserted(() -> given().get("/growth-accounts/" + year).then()
                .body("approvals[0].caseNumber", equalTo(marker + "/1")));

        Events.send(Topics.MEETING_DECISIONS, key, Events.visibilityChanged(decision.itemId(), 3, true, true));

        await().atMost(WAIT).untilAsserted(() -> assertThat(given().get("/growth-accounts/" + year).then()
                .extract().asString()).doesNotContain(marker).contains("Lukket punkt"));
        Events.send(Topics.MEETING_DECISIONS, key, Events.visibilityChanged(decision.itemId(), 2, false, true));
        String markerPolicy = Api.createPolicy("Markør " + unique("P"));
        Events.send(Topics.MEETING_DECISIONS, key, Decision.of(UUID.randomUUID(), "ACTION_PLAN", markerPolicy).envelope());
        await().atMost(WAIT).untilAsserted(() -> as(EDITOR).get("/policies/" + markerPolicy + "/action-plan").then()
                .body("approvals.size()", equalTo(1)));
        assertThat(given().get("/growth-accounts/" + year).then().extract().asString()).doesNotContain(marker);
        as(FINANCE).get("/growth-accounts/" + year).then().body("approvals[0].caseNumber", equalTo(marker + "/1"));
    }

    @Test
    void shouldHideAnOpenItemsDecisionFromTheAnonymousCallerUntilItIsPublic() {
        String marker = unique("AABEN");
        String contract = QualityContractTest.create("Åben " + unique("Q"), 1, "Overskrift", "Formål", null);
        String followUp = followUp(contract);
        Decision decision = Decision.of(UUID.randomUUID(), "QUALITY_CONTRACT_FOLLOW_UP", followUp).marked(marker)
                .visibility(false, false);
        decision.send();

        await().atMost(WAIT).untilAsserted(() -> as(FINANCE).get("/quality-contracts/" + contract).then()
                .body("followUps[0].approvals[0].decisionText", equalTo("Beslutning " + marker)));
        given().get("/quality-contracts/" + contract).then().body("followUps[0].approvals.size()", equalTo(0));

        Events.send(Topics.MEETING_DECISIONS, decision.itemId().toString(),
                Events.visibilityChanged(decision.itemId(), 2, false, true));

        await().atMost(WAIT).untilAsserted(() -> given().get("/quality-contracts/" + contract).then()
                .body("followUps[0].approvals[0].decisionText", equalTo("Beslutning " + marker))
                .body("followUps[0].approvals[0].current", equalTo(true)));
    }

    @Test
    void shouldChangeNothingForAVisibilityChangeOfAnItemItHoldsNothingAbout() {
        UUID unknown = UUID.randomUUID();
        String markerPolicy = Api.createPolicy("Markør " + unique("P"));

        Events.send(Topics.MEETING_DECISIONS, unknown.toString(), Events.visibilityChanged(unknown, 4, true, false));
        Events.send(Topics.MEETING_DECISIONS, unknown.toString(),
                Decision.of(UUID.randomUUID(), "ACTION_PLAN", markerPolicy).envelope());

        await().atMost(WAIT).untilAsserted(() -> as(EDITOR).get("/policies/" + markerPolicy + "/action-plan").then()
                .body("approvals.size()", equalTo(1)));
        assertThat(KafkaTestClient.readAll(Topics.deadLetter(Topics.MEETING_DECISIONS),
                m -> m.value() != null && m.value().contains(unknown.toString()))).isEmpty();
    }

    private static Decision closed(String marker, String kind, String objectId) {
        return Decision.of(UUID.randomUUID(), kind, objectId).marked(marker).visibility(true, true);
    }

    /** Publishes a growth account for a year of its own and returns the year. */
    private static int growthAccount() {
        String code = unique("VIS");
        Api.createIndicator(code, null, "Arbejdspladser", "UP", null);
        int year = Api.unusedAccountYear();
        Api.setValue(code, year, 10);
        as(DIRECTOR).body(Map.of("year", year, "title", "Vækstregnskab", "indicatorCodes", List.of(code)))
                .post("/growth-accounts").then().statusCode(201);
        return year;
    }

    private static String followUp(String contract) {
        return as(EDITOR).body(Map.of("year", 2012, "statusText", "Status", "light", "GREEN"))
                .post("/quality-contracts/" + contract + "/follow-ups").then().statusCode(201).extract().path("id");
    }
}
