package dk.radhus.strategy;

import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.strategy.Events.Decision;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A decision may be corrected until the minutes are approved: the newest version of an item's decision is current on
 * the object and the earlier ones are its history; a duplicate or an older version arriving late changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class DecisionVersionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldEndApproveRejectApproveWithTheLatestDecisionCurrentAndTheEarlierOnesAsHistory() {
        String policy = Api.createPolicy("Korrektion " + unique("V"));
        Decision decision = Decision.of(UUID.randomUUID(), "ACTION_PLAN", policy);

        decision.version(1).outcome("APPROVED").text("Godkendt.").send();
        decision.version(2).outcome("REJECTED").text("Ikke godkendt.").send();
        decision.version(3).outcome("APPROVED").text("Godkendt alligevel.").send();

        await().atMost(WAIT).untilAsserted(() -> assertThat(approvals(policy)).hasSize(3));
        assertThat(approvals(policy)).extracting(a -> a.get("itemVersion"), a -> a.get("outcome"),
                a -> a.get("decisionText"), a -> a.get("current")).containsExactly(
                        tuple(1, "APPROVED", "Godkendt.", false),
                        tuple(2, "REJECTED", "Ikke godkendt.", false),
                        tuple(3, "APPROVED", "Godkendt alligevel.", true));
    }

    @Test
    void shouldChangeNothingWhenADuplicateOrAnOlderVersionArrivesAfterANewerOne() {
        String policy = Api.createPolicy("Forsinket " + unique("V"));
        Decision decision = Decision.of(UUID.randomUUID(), "ACTION_PLAN", policy);
        String key = decision.itemId().toString();
        String newer = decision.version(2).outcome("REJECTED").text("Ikke godkendt.").envelope();

        Events.send(Topics.MEETING_DECISIONS, key, newer);
        Events.send(Topics.MEETING_DECISIONS, key, newer);
        Events.send(Topics.MEETING_DECISIONS, key, decision.version(2).outcome("APPROVED").text("Samme version igen.").envelope());
        Events.send(Topics.MEETING_DECISIONS, key, decision.version(1).outcome("APPROVED").text("Godkendt.").envelope());
        String marker = Api.createPolicy("Markør " + unique("V"));
        // Same key, so the marker is consumed after the events above.
        Events.send(Topics.MEETING_DECISIONS, key, Decision.of(UUID.randomUUID(), "ACTION_PLAN", marker).envelope());

        await().atMost(WAIT).untilAsserted(() -> as(EDITOR).get("/policies/" + marker + "/action-plan")
                .then().body("approvals.size()", equalTo(1)));
        assertThat(approvals(policy)).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("itemVersion", 2).containsEntry("outcome", "REJECTED")
                .containsEntry("decisionText", "Ikke godkendt.").containsEntry("current", true));
    }

    @Test
    void shouldKeepEachItemsLatestDecisionCurrentWhenTwoItemsDecideOnTheSameObject() {
        String policy = Api.createPolicy("To punkter " + unique("V"));
        Decision committee = Decision.of(UUID.randomUUID(), "ACTION_PLAN", policy).outcome("POSTPONED");
        Decision council = Decision.of(UUID.randomUUID(), "ACTION_PLAN", policy).outcome("APPROVED");

        committee.send();
        council.send();
        committee.version(2).outcome("NOTED").send();

        await().atMost(WAIT).untilAsserted(() -> assertThat(approvals(policy)).hasSize(3));
        assertThat(approvals(policy)).filteredOn(a -> Boolean.TRUE.equals(a.get("current")))
                .extracting(a -> a.get("outcome")).containsExactlyInAnyOrder("NOTED", "APPROVED");
    }

    private static List<Map<String, Object>> approvals(String policy) {
        return as(EDITOR).get("/policies/" + policy + "/action-plan").then().statusCode(200).extract().jsonPath()
                .getList("approvals");
    }
}
