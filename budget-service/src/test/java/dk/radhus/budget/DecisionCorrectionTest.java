package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/**
 * Corrected decisions converge: the ledger stays append-only, a correction away from approval books a reversing entry
 * and a new approval books again, older and duplicate versions change nothing, and every change of the budget is
 * announced as BudgetChanged with the committee's totals.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DecisionCorrectionTest extends DecisionTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void shouldBookReverseAndBookAgainSoThatApproveRejectApproveNetsOneAppropriation() {
        item.decision(1, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        awaitSupplementaryEntries(1);
        item.decision(2, "REJECTED", false, false, "APPROPRIATION_REQUEST", request);
        awaitSupplementaryEntries(2);
        item.decision(3, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        List<Map<String, Object>> entries = awaitSupplementaryEntries(3);

        assertThat(entries).extracting(e -> e.get("amount")).containsExactly(50, -50, 50);
        assertThat(entries).extracting(e -> (Object) ((Map<?, ?>) e.get("decision")).get("caseNumber"))
                .containsOnly("11/2334");
        assertThat((String) entries.get(1).get("text")).startsWith("Tilbageførsel af tillægsbevilling");
        JsonPath budget = staffBudget();
        assertThat(budget.getInt("supplementaryAppropriations")).isEqualTo(50);
        assertThat(budget.getInt("correctedBudget")).isEqualTo(403);
        assertThat(given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().extract()
                .<String>path("lines[0].appropriationStatus")).isEqualTo("APPROVED");
    }

    @Test
    void shouldKeepTheNewestDecisionWhenAnOlderVersionArrivesLateOrADuplicateComesAgain() {
        item.decision(1, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(3, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(2, "REJECTED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(3, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(4, "APPROVED", false, false, "BUDGET_FOLLOW_UP", followUp);

        await().atMost(WAIT).until(() -> "APPROVED".equals(given().auth().oauth2(finance())
                .get("/follow-ups/" + followUp).then().extract().path("status")));
        assertThat(supplementaryEntries()).extracting(e -> e.get("amount")).containsExactly(50);
        assertThat(given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().extract()
                .<String>path("lines[0].appropriationStatus")).isEqualTo("APPROVED");
    }

    @Test
    void shouldPutAnApprovedFollowUpBackToSubmittedWhenItsDecisionIsCorrected() {
        item.decision(1, "APPROVED", false, false, "BUDGET_FOLLOW_UP", followUp);
        await().atMost(WAIT).until(() -> "APPROVED".equals(staffFollowUp().getString("status")));
        item.decision(2, "POSTPONED", false, false, "BUDGET_FOLLOW_UP", followUp);

        await().atMost(WAIT).until(() -> "SUBMITTED".equals(staffFollowUp().getString("status")));
        JsonPath corrected = staffFollowUp();
        assertThat(corrected.getString("decisionOutcome")).isEqualTo("POSTPONED");
        assertThat(corrected.getList("history.to", String.class)).containsExactly("SUBMITTED", "APPROVED",
                "SUBMITTED");
    }

    @Test
    void shouldAnnounceEveryBookingAndReversalWithTheCommitteesNewCorrectedBudget() {
        item.decision(1, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(2, "REJECTED", false, false, "APPROPRIATION_REQUEST", request);

        await().atMost(WAIT).until(() -> budgetChanges().size() >= 3);
        List<JsonPath> changes = budgetChanges();
        assertThat(changes).extracting(c -> c.getString("cause")).containsExactly("ORIGINAL_BUDGET",
                "APPROPRIATION_BOOKED", "APPROPRIATION_REVERSED");
        assertThat(changes).extracting(c -> c.getLong("sequence")).containsExactly(1L, 2L, 3L);
        assertThat(changes).extracting(c -> new BigDecimal(c.getString("correctedBudget")).intValueExact())
                .containsExactly(353_000, 403_000, 353_000);
        assertThat(changes.get(1).getString("policyAreaCode")).isEqualTo(area);
    }

    private List<Map<String, Object>> awaitSupplementaryEntries(int count) {
        await().atMost(WAIT).until(() -> supplementaryEntries().size() == count);
        return supplementaryEntries();
    }

    /** The policy area's supplementary entries as finance sees them, oldest first. */
    private List<Map<String, Object>> supplementaryEntries() {
        List<Map<String, Object>> entries = staffBudget().getList("entries");
        return entries.stream().filter(e -> "SUPPLEMENTARY".equals(e.get("kind"))).toList();
    }

    private JsonPath staffBudget() {
        return given().auth().oauth2(finance()).get("/years/%d/budgets/%s".formatted(YEAR, area)).then()
                .statusCode(200).extract().jsonPath();
    }

    private JsonPath staffFollowUp() {
        return given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().statusCode(200).extract()
                .jsonPath();
    }

    /** This committee's BudgetChanged payloads on the topic, by sequence. */
    private List<JsonPath> budgetChanges() {
        return KafkaTestClient.readAll(Topics.BUDGET_FOLLOW_UPS, r -> r.key().equals(committee + ":" + YEAR)
                        && r.value().contains("\"BudgetChanged\"")).stream()
                .map(r -> new JsonPath(r.value()).setRootPath("payload"))
                .sorted(Comparator.comparingLong(p -> p.getLong("sequence"))).toList();
    }
}
