package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

import dk.radhus.testing.RadhusTestResources;

/**
 * Budget-service shows an anonymous caller no more of an agenda item than meetings-service does: a closed item as its
 * number and "Lukket punkt", an open item's decision and what it changed only once the minutes are approved, and the
 * visibility follows the item when it changes. Staff see the full citation.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class DecisionVisibilityTest extends DecisionTestBase {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String marker;

    @BeforeEach
    void markedItem() {
        marker = "HEMMELIG-" + UUID.randomUUID();
        item.marked(marker);
    }

    @Test
    void shouldShowAClosedItemsBookingAnonymouslyOnlyAsLukketPunktAndToFinanceInFull() {
        item.decision(1, "APPROVED", true, true, "APPROPRIATION_REQUEST", request);
        item.decision(2, "APPROVED", true, true, "BUDGET_FOLLOW_UP", followUp);
        await().atMost(WAIT).until(() -> "APPROVED".equals(given().get("/follow-ups/" + followUp).then().extract()
                .path("status")));

        assertThat(anonymousBodies()).noneMatch(body -> body.contains(marker));
        assertThat(given().get(budgetPath()).then().extract().<List<String>>path("entries.text"))
                .contains("Tillægsbevilling: Lukket punkt");
        assertThat(given().get(budgetPath()).then().extract().<Integer>path("correctedBudget")).isEqualTo(403);
        assertThat(staff(finance()).get(budgetPath()).asString()).contains(marker);
        assertThat(staff(director()).get("/follow-ups/" + followUp).asString()).contains(marker);
    }

    @Test
    void shouldShowAnOpenItemsDecisionAndItsMoneyAnonymouslyOnlyOnceTheMinutesAreApproved() {
        item.decision(1, "APPROVED", false, false, "APPROPRIATION_REQUEST", request);
        item.decision(2, "APPROVED", false, false, "BUDGET_FOLLOW_UP", followUp);
        await().atMost(WAIT).until(() -> "APPROVED".equals(staff(finance()).get("/follow-ups/" + followUp).then()
                .extract().path("status")));

        assertThat(anonymousBodies()).noneMatch(body -> body.contains(marker));
        assertThat(given().get("/follow-ups/" + followUp).then().extract().<String>path("status"))
                .isEqualTo("SUBMITTED");
        assertThat(given().get("/follow-ups/" + followUp).then().extract().<String>path("lines[0].appropriationStatus"))
                .isEqualTo("REQUESTED");
        assertThat(given().get(budgetPath()).then().extract().<Integer>path("correctedBudget")).isEqualTo(353);
        assertThat(staff(finance()).get(budgetPath()).then().extract().<Integer>path("correctedBudget"))
                .isEqualTo(403);

        item.visibility(3, false, true);

        await().atMost(WAIT).until(() -> "APPROVED".equals(given().get("/follow-ups/" + followUp).then().extract()
                .path("status")));
        assertThat(given().get(budgetPath()).then().extract().<Integer>path("correctedBudget")).isEqualTo(403);
        assertThat(given().get(budgetPath()).asString()).contains(marker);
        assertThat(given().get("/follow-ups/" + followUp).asString()).contains("Godkendt " + marker);
    }

    @Test
    void shouldHideAnItemClosedAfterItsDecisionFromAnonymousCallersWithinSeconds() {
        item.decision(1, "APPROVED", false, true, "APPROPRIATION_REQUEST", request);
        item.decision(2, "APPROVED", false, true, "BUDGET_FOLLOW_UP", followUp);
        await().atMost(WAIT).until(() -> given().get(budgetPath()).asString().contains(marker));

        item.visibility(3, true, true);

        await().atMost(Duration.ofSeconds(10)).until(() -> anonymousBodies().stream().noneMatch(b -> b.contains(marker)));
        assertThat(staff(finance()).get(budgetPath()).asString()).contains(marker);
        item.visibility(2, false, true);
        item.decision(2, "APPROVED", false, true, "BUDGET_FOLLOW_UP", followUp);
        await().during(Duration.ofSeconds(2)).atMost(WAIT)
                .until(() -> anonymousBodies().stream().noneMatch(b -> b.contains(marker)));
    }

    @Test
    void shouldNameTheFinanceDepartmentNotTheUserInTheAnonymousHistory() {
        String history = given().get("/follow-ups/" + followUp).then().extract().path("history[0].by");
        assertThat(history).isEqualTo("Økonomiafdelingen");
        assertThat(staff(finance()).get("/follow-ups/" + followUp).then().extract().<String>path("history[0].by"))
                .isEqualTo("finance-user");
    }

    /** Every anonymous read that shows the follow-up, its request or the policy area's budget. */
    private List<String> anonymousBodies() {
        return List.of(given().get("/follow-ups/" + followUp).asString(), given().get(budgetPath()).asString(),
                given().get("/follow-ups?year=" + YEAR + "&committee=" + committee).asString(),
                given().get("/tables/follow-ups/" + followUp).asString(),
                given().get("/years/" + YEAR + "/accounts?committee=" + committee).asString(),
                given().get("/policy-areas/" + area + "/series").asString());
    }

    private String budgetPath() {
        return "/years/%d/budgets/%s".formatted(YEAR, area);
    }

    private static RequestSpecification staff(String token) {
        return given().auth().oauth2(token);
    }
}
