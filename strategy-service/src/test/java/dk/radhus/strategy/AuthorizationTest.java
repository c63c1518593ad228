package dk.radhus.strategy;

import static dk.radhus.strategy.Api.ADMIN;
import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.SECRETARY;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** For every protected endpoint: no token → 401, a wrong role → 403, the right role → 2xx. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class AuthorizationTest {

    private record Call(String method, String path, String contentType, Supplier<Object> body, String allowed,
            String forbidden) {
    }

    @Test
    void shouldAnswer401WithoutToken403ForAWrongRoleAnd2xxForTheRightRole() {
        String policy = Api.createPolicy("Auth " + unique("P"));
        String area = Api.createFocusArea(policy, "Erhverv");
        String goal = Api.createGoal(area, "Mål");
        String initiative = Api.createInitiative(goal, unique("AUTH"), "BYC", "GREEN", LocalDate.now());
        String reference = unique("AUTH");
        String code = unique("AUTH");
        String contract = QualityContractTest.create("Erhverv " + unique("A"), 1, "Samarbejde", "Styrke samarbejdet", null);
        int year = Api.unusedAccountYear();

        List<Call> calls = List.of(
                json("POST", "/departments", () -> Map.of("code", "Q" + letters(), "name", "Ny afdeling"), ADMIN, DIRECTOR),
                json("PUT", "/departments/BAC", () -> Map.of("code", "BAC", "name",
                        "Beskæftigelses- og Arbejdsmarkedscenter"), ADMIN, EDITOR),
                json("POST", "/policies", () -> Map.of("title", "Ny", "periodStart", 2020, "periodEnd", 2024,
                        "owner", "BYC"), EDITOR, SECRETARY),
                json("PUT", "/policies/" + policy + "/adoption", () -> Map.of("decision", "Vedtaget",
                        "adoptedOn", "2020-01-01"), DIRECTOR, EDITOR),
                json("GET", "/policies/" + policy + "/action-plan", null, DIRECTOR, SECRETARY),
                json("POST", "/policies/" + policy + "/focus-areas", () -> Map.of("title", "Nyt"), DIRECTOR, ADMIN),
                json("POST", "/focus-areas/" + area + "/goals", () -> Map.of("title", "Nyt mål"), EDITOR, SECRETARY),
                json("POST", "/goals/" + goal + "/sub-goals", () -> Map.of("title", "Delmål"), EDITOR, SECRETARY),
                json("POST", "/goals/" + goal + "/initiatives",
                        () -> Api.initiative(reference, "BYC", "GREEN", LocalDate.now()), EDITOR, ADMIN),
                json("GET", "/initiatives", null, EDITOR, SECRETARY),
                json("GET", "/initiatives/" + initiative, null, DIRECTOR, ADMIN),
                json("PUT", "/initiatives/" + initiative, () -> Map.of("title", "Ny titel", "departmentCode", "TMC"),
                        EDITOR, SECRETARY),
                json("POST", "/initiatives/" + initiative + "/status", () -> Map.of("light", "YELLOW",
                        "narrative", "Gul", "asOf", LocalDate.now().toString()), EDITOR, SECRETARY),
                json("GET", "/initiatives/" + initiative + "/history", null, EDITOR, ADMIN),
                json("GET", "/indicator-themes", null, EDITOR, SECRETARY),
                json("POST", "/indicator-themes", () -> Map.of("title", unique("Tema"), "position", 9), EDITOR, ADMIN),
                json("POST", "/indicators", () -> Api.indicator(code, null, "Ny", "UP", null), EDITOR, SECRETARY),
                json("GET", "/indicators", null, DIRECTOR, SECRETARY),
                json("GET", "/indicators/" + code, null, EDITOR, ADMIN),
                json("PUT", "/indicators/" + code, () -> Api.indicator(code, null, "Ændret", "UP", null), EDITOR, ADMIN),
                json("PUT", "/indicators/" + code + "/values/" + year, () -> Map.of("value", 5), EDITOR, SECRETARY),
                json("POST", "/growth-accounts", () -> Map.of("year", year, "title", "VR",
                        "indicatorCodes", List.of(code)), DIRECTOR, EDITOR),
                new Call("POST", "/indicator-values/csv", "text/csv", () -> "indicator,year,value\n" + code + "," + year
                        + ",5\n", EDITOR, SECRETARY),
                new Call("POST", "/initiative-statuses/csv", "text/csv", () -> "initiative,light,text,asOf\n"
                        + reference + ",GREEN,Status for " + reference + "," + LocalDate.now() + "\n", DIRECTOR, ADMIN),
                json("POST", "/quality-contracts", () -> Map.of("serviceArea", unique("Område"), "contractYear", 2012,
                        "number", 1, "heading", "O", "overallObjective", "M"), EDITOR, SECRETARY),
                json("POST", "/quality-contracts/" + contract + "/follow-ups", () -> Map.of("year", 2012,
                        "statusText", "Status", "light", "GREEN"), DIRECTOR, ADMIN),
                json("GET", "/dashboard", null, DIRECTOR, EDITOR),
                json("GET", "/dashboard/budget-status", null, DIRECTOR, SECRETARY),
                json("GET", "/audit?since=" + LocalDate.now(), null, DIRECTOR, EDITOR));

        for (Call call : calls) {
            assertThat(send(call, null).statusCode()).as("no token: %s %s", call.method(), call.path()).isEqualTo(401);
            assertThat(send(call, call.forbidden()).statusCode()).as("wrong role: %s %s", call.method(), call.path())
                    .isEqualTo(403);
            Response allowed = send(call, call.allowed());
            assertThat(allowed.statusCode()).as("right role: %s %s → %s", call.method(), call.path(),
                    allowed.asString()).isBetween(200, 299);
        }
    }

    @Test
    void shouldLetAnonymousReadersSeePublicInformation() {
        for (String path : List.of("/departments", "/policies", "/growth-accounts", "/quality-contracts", "/committees")) {
            assertThat(given().get(path).statusCode()).as(path).isEqualTo(200);
        }
        given().get("/policies/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    private static Call json(String method, String path, Supplier<Object> body, String allowed, String forbidden) {
        return new Call(method, path, ContentType.JSON.toString(), body, allowed, forbidden);
    }

    private static Response send(Call call, String token) {
        RequestSpecification request = given().contentType(call.contentType());
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (call.body() != null) {
            request = request.body(call.body().get());
        }
        return request.request(call.method(), call.path());
    }

    private static String letters() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase().toCharArray()) {
            letters.append(c);
        }
        return (letters + "ABCDE").substring(0, 5);
    }
}
