package dk.radhus.strategy;

import static dk.radhus.strategy.Api.ADMIN;
import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Invalid input is a 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class ValidationTest {

    @Test
    void shouldRejectAPolicyEndingBeforeItStarts() {
        String title = unique("Ugyldig");
        invalid(as(EDITOR).body(Map.of("title", title, "periodStart", 2022, "periodEnd", 2018, "owner", "BYC"))
                .post("/policies").then(), "periodEnd");
        as(EDITOR).get("/policies").then().body("title", not(hasItem(title)));
    }

    @Test
    void shouldRejectAnAdoptionDatedInTheFuture() {
        String policy = Api.createPolicy(unique("Politik"));
        invalid(as(DIRECTOR).body(Map.of("decision", "Vedtaget", "adoptedOn", LocalDate.now().plusDays(1).toString()))
                .put("/policies/" + policy + "/adoption").then(), "adoptedOn");
        given().get("/policies/" + policy).then().statusCode(404);
    }

    @Test
    void shouldRejectAQueryParameterOfTheWrongTypeNamingItInsteadOfAnsweringNotFound() {
        invalid(as(DIRECTOR).queryParam("changedSince", "31-12-2019").get("/dashboard").then(), "changedSince");
        invalid(as(DIRECTOR).queryParam("changedSince", "0000-01-01").get("/dashboard").then(), "changedSince");
        invalid(as(DIRECTOR).queryParam("policyId", "not-a-uuid").get("/dashboard").then(), "policyId");
        invalid(given().queryParam("year", "tolv").get("/quality-contracts").then(), "year");
        as(DIRECTOR).queryParam("changedSince", "2019-12-31").get("/dashboard").then().statusCode(200);
    }

    @Test
    void shouldRejectAPathIdOfTheWrongTypeNamingItButAnswerNotFoundForAnUnknownOne() {
        invalid(given().get("/policies/not-a-uuid").then(), "id");
        invalid(given().get("/growth-accounts/2011.5").then(), "year");
        given().get("/policies/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/growth-accounts/1901").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRejectAControlCharacterInAQueryOrPathParameterNamingIt() {
        for (String control : List.of("%00", "%08", "%1F", "%7F")) {
            invalid(given().urlEncodingEnabled(false).get("/quality-contracts?serviceArea=Skole" + control).then(),
                    "serviceArea");
            invalid(as(DIRECTOR).urlEncodingEnabled(false).get("/initiatives?department=BYC" + control).then(),
                    "department");
            invalid(as(DIRECTOR).urlEncodingEnabled(false).get("/dashboard?department=BYC" + control).then(),
                    "department");
            invalid(as(ADMIN).urlEncodingEnabled(false).body(Map.of("name", "Byudvikling"))
                    .put("/departments/BYC" + control).then(), "code");
        }
        given().get("/quality-contracts?serviceArea=Skole").then().statusCode(200);
    }

    @Test
    void shouldRejectADepartmentWithALowerCaseCode() {
        invalid(as(ADMIN).body(Map.of("code", "byc2", "name", "Forkert")).post("/departments").then(), "code");
        given().get("/departments").then().body("code", not(hasItem("byc2")));
    }

    @Test
    void shouldRejectAnIndicatorWithoutDirectionOrWithAHalfTarget() {
        String code = unique("VAL");
        Map<String, Object> body = new HashMap<>(Api.indicator(code, null, "Navn", "UP", null));
        body.remove("direction");
        invalid(as(EDITOR).body(body).post("/indicators").then(), "direction");
        body.put("direction", "UP");
        body.put("targetValue", 10);
        invalid(as(EDITOR).body(body).post("/indicators").then(), "targetYear");
        as(EDITOR).get("/indicators/" + code).then().statusCode(404);
    }

    @Test
    void shouldRejectAValueThatIsNotANumber() {
        String code = unique("VAL");
        Api.createIndicator(code, null, "Navn", "UP", null);
        invalid(as(EDITOR).body("{\"value\": \"mange\"}").put("/indicators/" + code + "/values/2019").then(), "value");
        as(EDITOR).get("/indicators/" + code).then().body("values.size()", equalTo(0));
    }

    @Test
    void shouldRejectAThemeWithPositionZeroAndAnUnknownField() {
        String title = unique("Tema");
        invalid(as(EDITOR).body(Map.of("title", title, "position", 0)).post("/indicator-themes").then(), "position");
        invalid(as(EDITOR).body(Map.of("title", title, "position", 1, "colour", "blå")).post("/indicator-themes").then(),
                "colour");
        as(EDITOR).get("/indicator-themes").then().body("title", not(hasItem(title)));
    }

    @Test
    void shouldRejectAFollowUpWithAnUnknownLight() {
        String contract = QualityContractTest.create(unique("Område"), 1, "Overskrift", "Mål", null);
        invalid(as(EDITOR).body(Map.of("year", 2012, "statusText", "Status", "light", "BLÅ"))
                .post("/quality-contracts/" + contract + "/follow-ups").then(), "light");
        given().get("/quality-contracts/" + contract).then().body("followUps.size()", equalTo(0));
    }

    @Test
    void shouldRejectAnInitiativeChangeEndingBeforeItStartsAndKeepTheOldDetails() {
        String policy = Api.createPolicy(unique("Detaljer"));
        String goal = Api.createGoal(Api.createFocusArea(policy, "Erhverv"), "Mål");
        String initiative = Api.createInitiative(goal, unique("DET"), "BYC", "GREEN", LocalDate.now());

        invalid(as(EDITOR).body(Map.of("title", "Ny", "departmentCode", "TMC", "startDate", "2020-01-01",
                "endDate", "2019-01-01")).put("/initiatives/" + initiative).then(), "endDate");
        as(EDITOR).get("/initiatives/" + initiative).then().body("departmentCode", equalTo("BYC"));

        as(EDITOR).body(Map.of("title", "Ny titel", "departmentCode", "TMC", "partners", "Erhvervsrådet"))
                .put("/initiatives/" + initiative).then().statusCode(200)
                .body("departmentCode", equalTo("TMC")).body("title", equalTo("Ny titel")).body("light", equalTo("GREEN"));
    }

    @Test
    void shouldAuditEveryWriteWithWhoAndWhat() {
        String policy = Api.createPolicy(unique("Audit"));
        String goal = Api.createGoal(Api.createFocusArea(policy, "Erhverv"), "Mål");
        String initiative = Api.createInitiative(goal, unique("AUD"), "BYC", "GREEN", LocalDate.now());
        Api.updateStatus(initiative, DIRECTOR, "RED", "Stoppet", LocalDate.now());

        as(DIRECTOR).get("/audit?since=" + LocalDate.now() + "&objectType=Initiative&objectId=" + initiative).then()
                .statusCode(200).body("entries.action", equalTo(List.of("initiative.status", "initiative.created")))
                .body("entries.actor", equalTo(List.of("lars.direktion", "anne.byc")))
                .body("entries[0].before.light", equalTo("GREEN")).body("entries[0].after.light", equalTo("RED"))
                .body("entries[0].after.asOf", equalTo(LocalDate.now().toString()));
        invalid(as(DIRECTOR).get("/audit?size=0").then(), "size");
    }

    private static void invalid(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
