package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.finance;
import static dk.radhus.budget.BudgetFixtures.secretary;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/** Fiscal years, policy areas of known committees, and the function mapping. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class PolicyAreaAndYearTest {

    @Test
    void shouldOpenAFiscalYearOnlyForFinance() {
        given().contentType(ContentType.JSON).body("{\"year\": 2199}").post("/fiscal-years").then().statusCode(401);
        given().auth().oauth2(secretary()).contentType(ContentType.JSON).body("{\"year\": 2199}")
                .post("/fiscal-years").then().statusCode(403);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"year\": 2199}")
                .post("/fiscal-years").then().statusCode(201).header("Location", endsWith("/fiscal-years/2199"))
                .body("status", equalTo("OPEN"));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"year\": 2199}")
                .post("/fiscal-years").then().statusCode(409);
        given().get("/fiscal-years").then().statusCode(200).body("year", hasItem(2199));
    }

    @Test
    void shouldRejectAnInvalidYear() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"year\": 1900}")
                .post("/fiscal-years").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void shouldCreateAPolicyAreaOfAKnownCommittee() {
        String committee = BudgetFixtures.committee();
        String code = BudgetFixtures.areaCode();

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "Kultur", "committeeCode": "%s"}""".formatted(code, committee))
                .post("/policy-areas").then().statusCode(201).body("kind", equalTo("OPERATIONS"));
        given().get("/policy-areas/" + code).then().statusCode(200).body("committeeCode", equalTo(committee));
        given().queryParam("committee", committee).get("/policy-areas").then().body("code", hasItem(code));
    }

    @Test
    void shouldRejectAPolicyAreaOfAnUnknownCommitteeAndStoreNothing() {
        String code = BudgetFixtures.areaCode();

        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "Kultur", "committeeCode": "NOSUCH"}""".formatted(code))
                .post("/policy-areas").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("committeeCode"));
        given().get("/policy-areas/" + code).then().statusCode(404);
    }

    @Test
    void shouldRejectAnInvalidPolicyAreaCode() {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"code": "8-81", "name": "Kultur", "committeeCode": "BEU", "colour": "red"}""")
                .post("/policy-areas").then().statusCode(400);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"code": "8-81", "name": "Kultur", "committeeCode": "BEU"}""")
                .post("/policy-areas").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().get("/policy-areas/8-81").then().statusCode(404);
    }

    @Test
    void shouldRejectAControlCharacterInAPathOrQueryParameterNamingIt() {
        String code = BudgetFixtures.policyArea(BudgetFixtures.committee());
        for (String control : new String[] {"%00", "%01", "%1F", "%7F"}) {
            given().urlEncodingEnabled(false).get("/policy-areas/" + code + control).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(List.of("code")));
            given().urlEncodingEnabled(false).get("/policy-areas?committee=BEU" + control).then().statusCode(400)
                    .body("errors.field", equalTo(List.of("committee")));
        }
        given().get("/policy-areas/" + code).then().statusCode(200);
    }

    @Test
    void shouldRequireFinanceToCreatePolicyAreas() {
        String body = "{\"code\": \"1\", \"name\": \"x\", \"committeeCode\": \"BEU\"}";
        given().contentType(ContentType.JSON).body(body).post("/policy-areas").then().statusCode(401);
        given().auth().oauth2(secretary()).contentType(ContentType.JSON).body(body).post("/policy-areas")
                .then().statusCode(403);
    }

    @Test
    void shouldMapFunctionRangesAndRefuseOverlaps() {
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String other = BudgetFixtures.policyArea(committee);
        String from = BudgetFixtures.function();
        BudgetFixtures.function();
        String to = BudgetFixtures.function();

        BudgetFixtures.mapFunctions(area, from, to);
        given().get("/policy-areas/" + area).then().body("functions[0].from", equalTo(from))
                .body("functions[0].to", equalTo(to));
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"from": "%s"}""".formatted(to)).post("/policy-areas/" + other + "/functions").then().statusCode(409);
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"from": "6.45"}""").post("/policy-areas/" + other + "/functions").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth().oauth2(secretary()).contentType(ContentType.JSON).body("""
                {"from": "%s"}""".formatted(BudgetFixtures.function()))
                .post("/policy-areas/" + other + "/functions").then().statusCode(403);
    }
}
