package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static dk.radhus.budget.BudgetFixtures.secretary;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.AuditLogChecks;
import dk.radhus.testing.RadhusTestResources;

/** Large uploads run as a job whose progress can be read while it runs; a bad line fails the whole job. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class UploadJobTest {

    private static final int LINES = 3000;

    private int year;
    private String committee;
    private String area;
    private String function;

    @BeforeEach
    void mappedArea() {
        year = BudgetFixtures.privateYear();
        committee = BudgetFixtures.committee();
        area = BudgetFixtures.policyArea(committee);
        function = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, function, function);
    }

    @Test
    void shouldRunABackgroundUploadWithReadableProgressAndApplyItExactly() {
        String location = given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .queryParam("background", true).body(file(-1)).post("/uploads/accounts/" + year)
                .then().statusCode(202).header("Location", containsString("/uploads/"))
                .body("totalLines", equalTo(LINES)).extract().header("Location");

        JsonPath running = given().auth().oauth2(finance()).get(location).then().statusCode(200).extract().jsonPath();
        assertThat(running.getInt("totalLines")).isEqualTo(LINES);
        assertThat(running.getInt("doneLines")).isBetween(0, LINES);

        await().atMost(Duration.ofSeconds(60)).until(() -> "COMPLETED".equals(
                given().auth().oauth2(finance()).get(location).then().extract().path("status")));
        given().auth().oauth2(finance()).get(location).then().body("doneLines", equalTo(LINES));
        String accounts = given().queryParam("committee", committee).queryParam("unit", "DKK")
                .get("/years/%d/accounts".formatted(year)).then().statusCode(200).extract().asString();
        assertThat(accounts).contains("\"accounts\":3750,");

        // The job runs outside the request; what it changed is audited as the user who started it.
        JsonPath audited = AuditLogChecks.newestEntry(director(), "AccountsFigure", area + "/" + year);
        assertThat(audited.getString("actor")).isEqualTo("finance-user");
        assertThat(audited.getString("action")).isEqualTo("accounts.uploaded");
        assertThat(audited.getDouble("after.amountKroner")).isEqualTo(3750.0);
    }

    @Test
    void shouldFailTheWholeJobOnABadLineAndApplyNothing() {
        String location = given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .queryParam("background", true).body(file(1500)).post("/uploads/accounts/" + year)
                .then().statusCode(202).extract().header("Location");

        await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(
                given().auth().oauth2(finance()).get(location).then().extract().path("status")));
        given().auth().oauth2(finance()).get(location).then().body("errors[0].line", equalTo(1502))
                .body("errors[0].field", equalTo("amount"));
        given().queryParam("committee", committee).get("/years/%d/accounts".formatted(year)).then()
                .body("lines.size()", equalTo(0));
    }

    @Test
    void shouldShowUploadProgressOnlyToFinanceDirectorAndAdmin() {
        String location = given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .body("funktion;dranst;beløb\n%s;1;1\n".formatted(function).getBytes(StandardCharsets.UTF_8))
                .post("/uploads/accounts/" + year)
                .then().statusCode(201).extract().header("Location");

        given().get(location).then().statusCode(401);
        given().auth().oauth2(secretary()).get(location).then().statusCode(403);
        given().auth().oauth2(BudgetFixtures.director()).get(location).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    /** LINES lines of 1,25 kr.; {@code badIndex} (0-based, or -1) gets an unreadable amount. */
    private byte[] file(int badIndex) {
        StringBuilder csv = new StringBuilder("funktion;dranst;art;beløb;omkostningssted;tekst\n");
        for (int i = 0; i < LINES; i++) {
            csv.append(function).append(";1;5.9;").append(i == badIndex ? "1,2,5" : "1,25").append(";100;Linje ")
                    .append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
