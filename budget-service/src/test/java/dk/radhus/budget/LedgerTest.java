package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/** The budget ledger: the corrected budget derived from entries, exact units, history and the rules on writes. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class LedgerTest {

    private String committee;
    private String area;

    @BeforeEach
    void policyArea() {
        BudgetFixtures.openYear(YEAR);
        committee = BudgetFixtures.committee();
        area = BudgetFixtures.policyArea(committee);
    }

    @Test
    void shouldDeriveTheCorrectedBudgetFromItsEntriesWithTheirHistory() {
        BudgetFixtures.entry(YEAR, area, "ORIGINAL", "355", YEAR - 1 + "-10-13");
        BudgetFixtures.transfer(YEAR, area, BudgetFixtures.policyArea(committee), "2", YEAR + "-02-15");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "SUPPLEMENTARY", "unit": "DKK", "amount": 40500, "date": "%d-06-20",
                 "text": "Tillægsbevilling til integrationspuljen",
                 "decision": {"meetingDate": "%d-06-20", "itemNumber": 7, "caseNumber": "11/2334"}}"""
                .formatted(YEAR, YEAR)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(201);

        given().get("/years/%d/budgets/%s".formatted(YEAR, area)).then().statusCode(200)
                .body("unit", equalTo("DKK_THOUSANDS"))
                .body("originalBudget", equalTo(355))
                .body("transfers", equalTo(-2))
                .body("supplementaryAppropriations", equalTo(40.5f))
                .body("correctedBudget", equalTo(393.5f))
                .body("entries", hasSize(3))
                .body("entries[1].correctedBudgetAfter", equalTo(353))
                .body("entries[2].decision.caseNumber", equalTo("11/2334"))
                .body("entries[2].decision.itemNumber", equalTo(7));
    }

    @Test
    void shouldConvertUnitsExactly() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "ORIGINAL", "unit": "DKK", "amount": 1234567.89, "date": "%d-10-01", "text": "Budget"}"""
                .formatted(YEAR - 1)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(201);

        String thousands = given().queryParam("unit", "DKK_THOUSANDS").get("/years/%d/budgets/%s".formatted(YEAR, area))
                .then().extract().asString();
        String millions = given().queryParam("unit", "DKK_MILLIONS").get("/years/%d/budgets/%s".formatted(YEAR, area))
                .then().extract().asString();
        assertThat(thousands).contains("\"correctedBudget\":1234.56789,");
        assertThat(millions).contains("\"correctedBudget\":1.23456789,");
    }

    @Test
    void shouldRefuseASecondOriginalBudget() {
        BudgetFixtures.entry(YEAR, area, "ORIGINAL", "100", YEAR - 1 + "-10-01");

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "ORIGINAL", "unit": "DKK_THOUSANDS", "amount": 1, "date": "%d-10-01", "text": "Igen"}"""
                .formatted(YEAR - 1)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseEntriesInAClosedYear() {
        int year = BudgetFixtures.privateYear();
        given().auth().oauth2(finance()).post("/fiscal-years/" + year + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "ORIGINAL", "unit": "DKK_THOUSANDS", "amount": 1, "date": "%d-10-01", "text": "Budget"}"""
                .formatted(year - 1)).post("/years/%d/budgets/%s/entries".formatted(year, area))
                .then().statusCode(409);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"unit\": \"DKK\", \"amount\": 5}")
                .put("/years/%d/accounts/%s".formatted(year, area)).then().statusCode(409);
    }

    @Test
    void shouldRejectAnInvalidEntryNamingTheFieldAndStoreNothing() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "ORIGINAL", "unit": "DKK_THOUSANDS", "date": "%d-10-01", "text": ""}"""
                .formatted(YEAR - 1)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("amount", "text"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "BONUS", "unit": "DKK", "amount": 1, "date": "%d-10-01", "text": "x"}"""
                .formatted(YEAR - 1)).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));

        given().get("/years/%d/budgets/%s".formatted(YEAR, area)).then().body("entries", hasSize(0));
    }

    @Test
    void shouldRequireTheFinanceRoleToAddEntries() {
        String body = """
                {"kind": "SUPPLEMENTARY", "unit": "DKK", "amount": 1, "date": "%d-02-01", "text": "x"}""".formatted(YEAR);
        given().contentType(ContentType.JSON).body(body).post("/years/%d/budgets/%s/entries".formatted(YEAR, area))
                .then().statusCode(401);
        given().auth().oauth2(director()).contentType(ContentType.JSON).body(body)
                .post("/years/%d/budgets/%s/entries".formatted(YEAR, area)).then().statusCode(403);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body)
                .post("/years/%d/budgets/%s/entries".formatted(YEAR, area)).then().statusCode(201);
    }

    @Test
    void shouldAnswer404ForAnUnknownPolicyArea() {
        given().get("/years/%d/budgets/%s".formatted(YEAR, "999999")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldGiveAYearOverYearSeriesWithAccountsWhereTheyExist() {
        int first = BudgetFixtures.privateYear();
        int second = BudgetFixtures.privateYear();
        BudgetFixtures.entry(first, area, "ORIGINAL", "350", first - 1 + "-10-01");
        BudgetFixtures.entry(second, area, "ORIGINAL", "355", second - 1 + "-10-01");
        BudgetFixtures.transfer(second, area, BudgetFixtures.policyArea(committee), "2", second + "-02-15");
        given().auth().oauth2(finance()).contentType(ContentType.JSON)
                .body("{\"unit\": \"DKK_THOUSANDS\", \"amount\": 254}")
                .put("/years/%d/accounts/%s".formatted(first, area)).then().statusCode(200);

        given().get("/policy-areas/%s/series".formatted(area)).then().statusCode(200)
                .body("years.year", contains(first, second))
                .body("years[0].correctedBudget", equalTo(350))
                .body("years[0].accounts", equalTo(254))
                .body("years[0].deviation", equalTo(96))
                .body("years[1].correctedBudget", equalTo(353))
                .body("years[1].accounts", nullValue());
    }
}
