package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dk.radhus.testing.RadhusTestResources;

/** An overførsel carries year N's deviation, taken from the accounts, into year N+1's corrected budget. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class CarryOverTest {

    private int year;
    private String area;

    @BeforeEach
    void anAreaWithAnUnderspendOf96() {
        year = BudgetFixtures.privateYear();
        // The next private year is year + 1: reserved, so that no other test uses it.
        assertThat(BudgetFixtures.privateYear()).isEqualTo(year + 1);
        area = BudgetFixtures.policyArea(BudgetFixtures.committee());
        BudgetFixtures.entry(year, area, "ORIGINAL", "350", year - 1 + "-10-14");
        BudgetFixtures.entry(year + 1, area, "ORIGINAL", "360", year + "-10-14");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"unit\": \"DKK\", \"amount\": 254000}")
                .put("/years/%d/accounts/%s".formatted(year, area)).then().statusCode(200);
    }

    @Test
    void shouldCarryTheUnderspendIntoNextYearsCorrectedBudgetCitingTheDecision() {
        carryOver(area, """
                {"date": "%d-04-27", "decision": {"meetingDate": "%d-04-27", "itemNumber": 7, "caseNumber": "11/8812"}}
                """.formatted(year + 1, year + 1)).statusCode(201).body("correctedBudget", equalTo(456));

        given().get("/years/%d/budgets/%s".formatted(year + 1, area)).then().statusCode(200)
                .body("originalBudget", equalTo(360))
                .body("supplementaryAppropriations", equalTo(96))
                .body("correctedBudget", equalTo(456))
                .body("entries.find { it.carriedFromYear == %d }.amount".formatted(year), equalTo(96))
                .body("entries.find { it.carriedFromYear == %d }.decision.caseNumber".formatted(year),
                        equalTo("11/8812"));
        given().get("/years/%d/budgets/%s".formatted(year, area)).then().body("correctedBudget", equalTo(350));

        carryOver(area, """
                {"date": "%d-05-01", "decision": {"meetingDate": "%d-05-01", "itemNumber": 8}}"""
                .formatted(year + 1, year + 1)).statusCode(409);
    }

    @Test
    void shouldShowTheCarryOverInTheFollowUpTableWithTheColumnsMunicipalitiesPublish() {
        String committee = given().get("/policy-areas/" + area).then().extract().path("committeeCode");
        carryOver(area, """
                {"date": "%d-01-20", "decision": {"meetingDate": "%d-01-20", "itemNumber": 3}}"""
                .formatted(year + 1, year + 1)).statusCode(201);
        String followUp = BudgetFixtures.followUp(committee, year + 1, 1, (year + 1) + "-03-31");
        BudgetFixtures.line(followUp, area, "100", "10", "470");

        JsonPath table = given().auth().oauth2(finance()).accept(ContentType.JSON).queryParam("unit", "DKK_THOUSANDS")
                .get("/tables/follow-ups/%s/forecast".formatted(followUp)).then().statusCode(200).extract()
                .jsonPath();

        assertThat(table.getString("title")).isEqualTo("Budgetopfølgning og forventet regnskab");
        assertThat(table.getList("columns")).containsExactly("Politikområde", "Oprindeligt budget",
                "Korrigeret budget ekskl. overførsler", "Bevillingsansøgninger",
                "Korrigeret budget ekskl. overførsler inkl. bevillingsansøgninger", "Forventet forbrug",
                "Årets forventede resultat ekskl. overførsler", "Overførsler",
                "Årets forventede resultat inkl. overførsler");
        // 360 + 96 carried over; requests 10; forecast 470: 470 − 370 = 100 over before the carry-over, 4 after it.
        List<String> row = table.getList("rows[1].cells", String.class);
        assertThat(row.subList(1, row.size())).containsExactly("360", "360", "10", "370", "470", "100", "-96", "4");
    }

    @Test
    void shouldRequireTheAccountsAndTheGrantingDecision() {
        String withoutAccounts = BudgetFixtures.policyArea(BudgetFixtures.committee());
        BudgetFixtures.entry(year, withoutAccounts, "ORIGINAL", "10", year - 1 + "-10-14");

        carryOver(withoutAccounts, """
                {"date": "%d-04-27", "decision": {"meetingDate": "%d-04-27", "itemNumber": 7}}"""
                .formatted(year + 1, year + 1)).statusCode(409).contentType("application/problem+json");
        carryOver(area, "{\"date\": \"%d-04-27\"}".formatted(year + 1)).statusCode(400)
                .body("errors.field", contains("decision"));
        carryOver(area, """
                {"date": "%d-04-27", "decision": {"meetingDate": "%d-04-27", "itemNumber": 7}}"""
                .formatted(year, year)).statusCode(400).body("errors.field", contains("date"));

        given().get("/years/%d/budgets/%s".formatted(year + 1, area)).then().body("correctedBudget", equalTo(360));
    }

    private ValidatableResponse carryOver(String code, String body) {
        return given().auth().oauth2(finance()).contentType(ContentType.JSON).body(body)
                .post("/years/%d/carry-overs/%s".formatted(year, code)).then();
    }
}
