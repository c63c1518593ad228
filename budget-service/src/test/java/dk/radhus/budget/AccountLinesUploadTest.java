package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dk.radhus.testing.RadhusTestResources;

/** CSV uploads of account lines: both dialects, BOM, all-or-nothing with every bad line, idempotent re-upload. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class AccountLinesUploadTest {

    private String committee;
    private String areaA;
    private String areaB;
    private String fromA;
    private String toA;
    private String functionB;
    private String followUp;

    @BeforeEach
    void committeeWithMappedAreas() {
        BudgetFixtures.openYear(YEAR);
        committee = BudgetFixtures.committee();
        areaA = BudgetFixtures.policyArea(committee);
        areaB = BudgetFixtures.policyArea(committee);
        fromA = BudgetFixtures.function();
        toA = BudgetFixtures.function();
        functionB = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(areaA, fromA, toA);
        BudgetFixtures.mapFunctions(areaB, functionB, functionB);
        followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-03-31");
    }

    @Test
    void shouldAggregateSemicolonLinesWithDecimalCommasAndAByteOrderMark() {
        byte[] file = withBom("""
                funktion;dranst;art;beløb;omkostningssted;tekst\r
                %s;1;5.9;1.234,50;100;Løn\r
                %s;1;;-234,50;;\r
                %s;3;4.0;1000;;"Anlæg; etape 1"\r
                """.formatted(fromA, toA, functionB));

        upload("/uploads/follow-ups/" + followUp, file).statusCode(201).body("status", equalTo("COMPLETED"))
                .body("totals.lines", containsInAnyOrder(2, 1));

        given().auth().oauth2(finance()).queryParam("unit", "DKK").get("/follow-ups/" + followUp).then()
                .body("lines.find { it.policyAreaCode == '%s' }.spendToDate".formatted(areaA), equalTo(1000))
                .body("lines.find { it.policyAreaCode == '%s' }.spendToDate".formatted(areaB), equalTo(1000));
    }

    @Test
    void shouldAcceptCommaSeparatedLinesWithDecimalPointsIntoTheAccounts() {
        byte[] file = """
                function,budgetType,type,amount,costCentre,text
                %s,1,4.0,254000.00,8810,"Tilskud, projekter"
                %s,1,4.0,-1000.5,8810,Tilbagebetaling
                """.formatted(fromA, functionB).getBytes(StandardCharsets.UTF_8);

        upload("/uploads/accounts/" + YEAR, file).statusCode(201);

        given().queryParam("committee", committee).queryParam("unit", "DKK").get("/years/%d/accounts".formatted(YEAR))
                .then().statusCode(200)
                .body("lines.find { it.policyAreaCode == '%s' }.accounts".formatted(areaA), equalTo(254000))
                .body("lines.find { it.policyAreaCode == '%s' }.accounts".formatted(areaB), equalTo(-1000.5f));
    }

    @Test
    void shouldStoreNothingWhenOneLineInTheMiddleIsBad() {
        byte[] file = """
                funktion;dranst;art;beløb
                %s;1;;100,00
                %s;1;;200,00
                %s;1;;12x
                %s;1;;300,00
                %s;1;;400,00
                """.formatted(fromA, toA, fromA, functionB, functionB).getBytes(StandardCharsets.UTF_8);

        upload("/uploads/follow-ups/" + followUp, file).statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].column", equalTo("beløb"))
                .body("errors[0].field", equalTo("amount"));

        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().body("lines", hasSize(0));
    }

    @Test
    void shouldReportEveryBadLineWithItsColumnAndReason() {
        byte[] file = """
                funktion;dranst;art;beløb
                9.9.99;1;;100
                %s;8;;200
                %s;1;;300
                %s;1;x;1,5
                """.formatted(fromA, toA, functionB).getBytes(StandardCharsets.UTF_8);

        upload("/uploads/follow-ups/" + followUp, file).statusCode(400)
                .body("errors.line", contains(2, 3, 5))
                .body("errors.column", contains("funktion", "dranst", "art"))
                .body("errors[1].message", equalTo("skal være en dranst fra 1 til 7"));
    }

    @Test
    void shouldNotDoubleTheAmountsWhenTheSameFileIsUploadedAgain() {
        byte[] file = "funktion;dranst;beløb\n%s;1;500\n".formatted(fromA).getBytes(StandardCharsets.UTF_8);
        String first = upload("/uploads/follow-ups/" + followUp, file).statusCode(201).extract().path("id");

        upload("/uploads/follow-ups/" + followUp, file).statusCode(200).body("duplicate", equalTo(true))
                .body("id", equalTo(first));

        given().auth().oauth2(finance()).queryParam("unit", "DKK").get("/follow-ups/" + followUp).then()
                .body("lines[0].spendToDate", equalTo(500));
    }

    @Test
    void shouldRejectACostCentreWithAControlCharacterOrOverFiftyCharacters() {
        byte[] file = "funktion;dranst;beløb;omkostningssted\n%s;1;5;88\u000110\n%s;1;5;%s\n"
                .formatted(fromA, fromA, "x".repeat(51)).getBytes(StandardCharsets.UTF_8);

        upload("/uploads/follow-ups/" + followUp, file).statusCode(400)
                .body("errors.line", contains(2, 3))
                .body("errors.column", contains("omkostningssted", "omkostningssted"));
        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().body("lines", hasSize(0));
    }

    /** Uploads may be larger than the platform's 10M body limit (64M here); any other body may not. */
    @Test
    void shouldTakeAnUploadOverTheBodyLimitOfJsonButAnswerSuchAJsonBodyWith413() {
        byte[] header = "funktion;dranst;beløb\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(file, (byte) 'a');
        System.arraycopy(header, 0, file, 0, header.length);

        upload("/uploads/follow-ups/" + followUp, file).statusCode(400).contentType("application/problem+json")
                .body("errors[0].line", equalTo(2));
        given().auth().oauth2(finance()).contentType("application/json").body(file).post("/fiscal-years").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        given().auth().oauth2(finance()).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(file)).post("/fiscal-years").then()
                .statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().body("lines", hasSize(0));
    }

    @Test
    void shouldRequireAHeaderRow() {
        byte[] file = "%s;1;;100\n".formatted(fromA).getBytes(StandardCharsets.UTF_8);

        upload("/uploads/follow-ups/" + followUp, file).statusCode(400).body("errors[0].line", equalTo(1));
    }

    @Test
    void shouldRejectLinesOfAnotherCommitteesPolicyArea() {
        String foreignArea = BudgetFixtures.policyArea(BudgetFixtures.committee());
        String foreignFunction = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(foreignArea, foreignFunction, foreignFunction);

        upload("/uploads/follow-ups/" + followUp, "funktion;dranst;beløb\n%s;1;5\n".formatted(foreignFunction)
                .getBytes(StandardCharsets.UTF_8)).statusCode(400).body("errors[0].column", equalTo("funktion"));
    }

    @Test
    void shouldRequireTheUnitAndTheFinanceRole() {
        byte[] file = "funktion;dranst;beløb\n%s;1;5\n".formatted(fromA).getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(finance()).contentType("text/csv").body(file).post("/uploads/follow-ups/" + followUp)
                .then().statusCode(400).body("errors[0].field", equalTo("unit"));
        given().contentType("text/csv").queryParam("unit", "DKK").body(file).post("/uploads/follow-ups/" + followUp)
                .then().statusCode(401);
        given().auth().oauth2(director()).contentType("text/csv").queryParam("unit", "DKK").body(file)
                .post("/uploads/follow-ups/" + followUp).then().statusCode(403);
    }

    @Test
    void shouldRejectAnUnknownUnitWithAProblemNamingTheParameterAndStoreNothing() {
        byte[] file = "funktion;dranst;beløb\n%s;1;5\n".formatted(fromA).getBytes(StandardCharsets.UTF_8);
        for (String unit : List.of("NOPE", "dkk", "'; DROP TABLE ledger_entry; --")) {
            given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", unit).body(file)
                    .post("/uploads/follow-ups/" + followUp).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("unit"))
                    .body("errors[0].message", equalTo("skal være en af DKK, DKK_THOUSANDS, DKK_MILLIONS"));
        }
        given().auth().oauth2(finance()).queryParam("unit", "tusinder").get("/follow-ups/" + followUp).then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", contains("unit"));

        given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().body("lines", hasSize(0));
    }

    private static ValidatableResponse upload(String path, byte[] file) {
        return given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK").body(file)
                .post(path).then();
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
