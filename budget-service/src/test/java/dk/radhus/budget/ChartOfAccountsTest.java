package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dk.radhus.testing.RadhusTestResources;

/**
 * Uploaded account lines are checked against the year's authorised chart of accounts, loaded from CSV: an unknown
 * function or an unauthorised dranst/art combination is a 400 naming its line and column, and nothing is stored.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class ChartOfAccountsTest {

    private int year;
    private String committee;
    private String authorised;
    private String alsoAuthorised;
    private String notInTheChart;

    /** The chart excerpt plus two of this test's functions; a third is mapped to the area but not in the chart. */
    @BeforeEach
    void yearWithAChartAndAnAreaOnItsFunctions() throws IOException {
        year = BudgetFixtures.privateYear();
        committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        authorised = BudgetFixtures.function();
        alsoAuthorised = BudgetFixtures.function();
        notInTheChart = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, authorised, notInTheChart);
        String functions = new String(resource("functions.csv"), StandardCharsets.UTF_8)
                + authorised + ";Testfunktion\n" + alsoAuthorised + ";Testfunktion 2\n";
        put("functions", functions.getBytes(StandardCharsets.UTF_8)).statusCode(200).body("functions", hasSize(19));
        put("types", resource("types.csv")).statusCode(200).body("types", hasSize(9));
    }

    @Test
    void shouldAcceptLinesOnAuthorisedFunctionsAndCombinations() {
        upload("""
                funktion;dranst;art;beløb
                %1$s;1;5.9;-25.000
                %2$s;2;8.6;-10
                %2$s;1;;40
                """.formatted(authorised, alsoAuthorised)).statusCode(201).body("totals[0].amount", equalTo(-24970));
    }

    @Test
    void shouldRejectAFunctionOutsideTheChartNamingItsLineAndColumnAndStoreNothing() {
        upload("""
                funktion;dranst;art;beløb
                %1$s;1;5.9;100
                %2$s;1;5.9;100
                %3$s;1;5.9;100
                """.formatted(authorised, alsoAuthorised, notInTheChart)).statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].column", equalTo("funktion"))
                .body("errors[0].message", equalTo("funktionen " + notInTheChart + " findes ikke i den autoriserede kontoplan for "
                        + year));

        given().queryParam("committee", committee).queryParam("unit", "DKK")
                .get("/years/%d/accounts".formatted(year)).then().body("lines", hasSize(0));
        given().auth().oauth2(director()).get("/uploads/accounts/" + year).then().body("$", hasSize(0));
    }

    @Test
    void shouldRejectAnUnauthorisedDranstArtCombinationNamingTheArtColumn() {
        upload("""
                function,budgetType,type,amount
                %1$s,1,5.9,100
                %1$s,2,5.9,100
                %1$s,4,,100
                """.formatted(authorised)).statusCode(400)
                .body("errors.line", contains(3, 4))
                .body("errors.column", contains("type", "budgetType"))
                .body("errors[0].message", equalTo("art 5.9 er ikke autoriseret på dranst 2 i kontoplanen for "
                        + year));

        given().queryParam("committee", committee).queryParam("unit", "DKK")
                .get("/years/%d/accounts".formatted(year)).then().body("lines", hasSize(0));
    }

    @Test
    void shouldRejectABadChartFileWithItsLinesAndKeepTheChartThere() {
        put("functions", """
                funktion;navn
                6.45.51;Sekretariat
                6.45;Hovedfunktion
                6.45.51;Igen
                """.getBytes(StandardCharsets.UTF_8)).statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3, 4))
                .body("errors.column", contains("funktion", "funktion"));

        given().get("/chart-of-accounts/" + year).then().statusCode(200).body("functions", hasSize(19));
        given().auth().oauth2(director()).contentType("text/csv").body("funktion;navn\n6.45.51;X\n")
                .put("/chart-of-accounts/%d/functions".formatted(year)).then().statusCode(403);
    }

    private ValidatableResponse upload(String file) {
        return given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/uploads/accounts/" + year).then();
    }

    private ValidatableResponse put(String part, byte[] file) {
        return given().auth().oauth2(finance()).contentType("text/csv").body(file)
                .put("/chart-of-accounts/%d/%s".formatted(year, part)).then();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ChartOfAccountsTest.class.getResourceAsStream("/chart/" + name)) {
            return in.readAllBytes();
        }
    }
}
