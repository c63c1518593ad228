package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
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
    void shouldShowTheCarryOverApartInTheAccountsOverviewOfBothYearsAndAnnounceItWithItsOwnCause() {
        String committee = given().get("/policy-areas/" + area).then().extract().path("committeeCode");
        BudgetFixtures.entry(year + 1, area, "SUPPLEMENTARY", "10", (year + 1) + "-02-01");
        carryOver(area, """
                {"date": "%d-04-27", "decision": {"meetingDate": "%d-04-27", "itemNumber": 7}}"""
                .formatted(year + 1, year + 1)).statusCode(201);

        JsonPath table = given().accept(ContentType.JSON).get("/tables/accounts/%d/%s/overview".formatted(year,
                committee)).then().statusCode(200).extract().jsonPath();
        assertThat(table.getList("columns")).containsExactly("Politikområde", "Oprindeligt budget",
                "Tillægsbevillinger", "Omplaceringer", "Overførsler fra " + (year - 1), "Korrigeret budget", "Regnskab",
                "Afvigelse", "Overførsel til " + (year + 1), "Afvigelse efter overførsel");
        // Year N: 350 against accounts 254, the underspend of 96 carried into N+1, nothing left.
        assertThat(table.getList("rows.cells")).containsExactly(List.of("1.000 kroner"), List.of("Drift"),
                List.of(area + " Område " + area, "350", "0", "0", "0", "350", "254", "96", "96", "0"),
                List.of("I alt", "350", "0", "0", "0", "350", "254", "96", "96", "0"));
        // Year N+1: the 96 carried in stand apart from the tillægsbevilling of 10; no accounts yet.
        assertThat(given().accept("text/csv").get("/tables/accounts/%d/%s/overview".formatted(year + 1, committee))
                .then().statusCode(200).extract().asString().lines())
                .contains(area + " Område " + area + ";360;10;0;96;466;0;466;0;466");

        Map<String, Object> announced = await().atMost(Duration.ofSeconds(20)).until(() -> KafkaTestClient
                .readAll(Topics.BUDGET_FOLLOW_UPS, r -> r.key().equals(committee + ":" + (year + 1))
                        && r.value().contains("\"CARRY_OVER_BOOKED\"")).stream()
                .map(r -> new JsonPath(r.value()).<String, Object>getMap("payload")).toList(), c -> c.size() == 1)
                .get(0);
        assertThat(new BigDecimal(announced.get("supplementaryAppropriations").toString())).isEqualByComparingTo("10000");
        assertThat(new BigDecimal(announced.get("carriedOver").toString())).isEqualByComparingTo("96000");
        assertThat(new BigDecimal(announced.get("correctedBudget").toString())).isEqualByComparingTo("466000");
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
