package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static dk.radhus.budget.BudgetFixtures.secretary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/** DRAFT → SUBMITTED → (reopen with a reason) → DRAFT, the 409s in between, and who sees drafts. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class FollowUpStateMachineTest {

    private static final String LINE = """
            {"unit": "DKK_THOUSANDS", "spendToDate": 10, "requestedAppropriation": 0, "forecast": 100}""";

    private String committee;
    private String area;
    private String followUp;

    @BeforeEach
    void draftFollowUp() {
        BudgetFixtures.openYear(YEAR);
        committee = BudgetFixtures.committee();
        area = BudgetFixtures.policyArea(committee);
        BudgetFixtures.entry(YEAR, area, "ORIGINAL", "100", YEAR - 1 + "-10-01");
        followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-03-31");
    }

    @Test
    void shouldHideADraftFromAnonymousAndSecretaryButShowItToFinanceAndDirector() {
        given().get("/follow-ups/" + followUp).then().statusCode(404);
        given().auth().oauth2(secretary()).get("/follow-ups/" + followUp).then().statusCode(404);
        given().auth().oauth2(director()).get("/follow-ups/" + followUp).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().statusCode(200);
        given().queryParam("committee", committee).get("/follow-ups").then().statusCode(200)
                .body("id", not(hasItem(followUp)));
    }

    @Test
    void shouldShowASubmittedFollowUpToAnonymous() {
        BudgetFixtures.submit(followUp);

        given().get("/follow-ups/" + followUp).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().queryParam("committee", committee).get("/follow-ups").then().statusCode(200)
                .body("id", contains(followUp));
    }

    @Test
    void shouldRefuseChangesAfterSubmitWith409() {
        BudgetFixtures.submit(followUp);

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body(LINE)
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(finance()).post("/follow-ups/" + followUp + "/submit").then().statusCode(409);
        given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .body("funktion;dranst;beløb\n1.00.00;1;5\n".getBytes(StandardCharsets.UTF_8))
                .post("/uploads/follow-ups/" + followUp)
                .then().statusCode(409);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "SUPPLEMENTARY", "unit": "DKK", "amount": 1000, "date": "%d-02-01", "text": "Tillæg"}"""
                .formatted(YEAR)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area)).then().statusCode(409);
    }

    @Test
    void shouldAcceptALedgerEntryDatedAfterTheCutOffOfASubmittedFollowUp() {
        BudgetFixtures.submit(followUp);

        BudgetFixtures.entry(YEAR, area, "SUPPLEMENTARY", "5", YEAR + "-06-01");
        given().get("/follow-ups/" + followUp).then().body("lines[0].correctedBudget", equalTo(100));
    }

    @Test
    void shouldReopenOnlyWithAReasonAndThenAcceptChanges() {
        BudgetFixtures.submit(followUp);

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"reason\": \" \"}")
                .post("/follow-ups/" + followUp + "/reopen").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Forbruget manglede lønrefusioner\"}")
                .post("/follow-ups/" + followUp + "/reopen").then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("history[1].reason", equalTo("Forbruget manglede lønrefusioner"))
                .body("history[1].by", equalTo("finance-user"));

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body(LINE)
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(200)
                .body("lines[0].spendToDate", equalTo(10));
    }

    @Test
    void shouldRefuseToReopenADraft() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"reason\": \"Fejl\"}")
                .post("/follow-ups/" + followUp + "/reopen").then().statusCode(409);
    }

    @Test
    void shouldEnforceRolesOnEveryWrite() {
        given().contentType(ContentType.JSON).body(LINE).put("/follow-ups/%s/lines/%s".formatted(followUp, area))
                .then().statusCode(401);
        given().auth().oauth2(director()).contentType(ContentType.JSON).body(LINE)
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(403);
        given().auth().oauth2(secretary()).post("/follow-ups/" + followUp + "/submit").then().statusCode(403);
        given().post("/follow-ups/" + followUp + "/submit").then().statusCode(401);
        given().auth().oauth2(secretary()).contentType(ContentType.JSON).body("{\"reason\": \"x\"}")
                .post("/follow-ups/" + followUp + "/reopen").then().statusCode(403);
        given().contentType(ContentType.JSON).body("""
                {"committeeCode": "%s", "fiscalYear": %d, "round": 2, "cutOffDate": "%d-06-30"}"""
                .formatted(committee, YEAR, YEAR)).post("/follow-ups").then().statusCode(401);
    }

    @Test
    void shouldRejectALineForAnotherCommitteesPolicyArea() {
        String otherArea = BudgetFixtures.policyArea(BudgetFixtures.committee());

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body(LINE)
                .put("/follow-ups/%s/lines/%s".formatted(followUp, otherArea)).then().statusCode(400)
                .body("errors[0].field", equalTo("policyAreaCode"));
    }

    @Test
    void shouldRejectAnInvalidLineAndStoreNothing() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"unit": "DKK_THOUSANDS", "spendToDate": null, "requestedAppropriation": 0, "forecast": 1}""")
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("spendToDate"));

        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then()
                .body("lines[0].spendToDate", equalTo(0)).body("lines[0].appropriationRequestId", equalTo(null));
    }

    @Test
    void shouldRefuseASecondFollowUpOfTheSameRound() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"committeeCode": "%s", "fiscalYear": %d, "round": 1, "cutOffDate": "%d-04-30"}"""
                .formatted(committee, YEAR, YEAR)).post("/follow-ups").then().statusCode(409);
    }
}
