package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/**
 * Uploads are versions: a corrected file replaces the figures of the earlier one it shares a policy area with, every
 * upload stays in the history, two uploads can be compared per area and function, and re-activating an earlier one
 * is the undo; tables and BudgetChanged count the active version only.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class UploadVersionsTest {

    private String committee;
    private String areaA;
    private String areaB;
    private String functionA1;
    private String functionA2;
    private String functionB;

    @BeforeEach
    void committeeWithTwoMappedAreas() {
        BudgetFixtures.openYear(YEAR);
        committee = BudgetFixtures.committee();
        areaA = BudgetFixtures.policyArea(committee);
        areaB = BudgetFixtures.policyArea(committee);
        functionA1 = BudgetFixtures.function();
        functionA2 = BudgetFixtures.function();
        functionB = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(areaA, functionA1, functionA2);
        BudgetFixtures.mapFunctions(areaB, functionB, functionB);
    }

    @Test
    void shouldLetACorrectedFileReplaceTheFirstInTheAccountsTablesAndEvents() {
        String first = upload(file(1000, 300, 500)).statusCode(201).body("active", equalTo(true)).extract().path("id");
        String second = upload(file(800, 300, 450)).statusCode(201).extract().path("id");

        assertThat(accounts(areaA)).isEqualByComparingTo("1100");
        assertThat(accounts(areaB)).isEqualByComparingTo("450");
        String table = given().accept("text/csv").queryParam("unit", "DKK")
                .get("/tables/accounts/%d/%s".formatted(YEAR, committee)).then().statusCode(200).extract().asString();
        assertThat(table).contains("1.100").contains("450").doesNotContain("1.300").doesNotContain("1.800");
        JsonPath change = budgetChangeCausedBy(second);
        assertThat(new BigDecimal(change.getString("accounts"))).isEqualByComparingTo("1550");
        assertThat(change.getString("cause")).isEqualTo("ACCOUNTS_POSTED");

        List<Map<String, Object>> history = history().stream()
                .filter(u -> List.of(first, second).contains(u.get("id"))).toList();
        assertThat(history).extracting(u -> u.get("id")).containsExactly(first, second);
        assertThat(history).extracting(u -> u.get("active")).containsExactly(false, true);
        assertThat(history).allSatisfy(u -> {
            assertThat(u.get("createdBy")).isEqualTo("finance-user");
            assertThat((String) u.get("contentHash")).hasSize(64);
            assertThat(u.get("createdAt")).isNotNull();
        });
        assertThat(history.get(0).get("contentHash")).isNotEqualTo(history.get(1).get("contentHash"));
    }

    @Test
    void shouldShowTheDifferenceBetweenTwoUploadsPerAreaAndFunction() {
        String first = upload(file(1000, 300, 500)).statusCode(201).extract().path("id");
        String second = upload(file(800, 300, 450)).statusCode(201).extract().path("id");

        JsonPath difference = given().auth().oauth2(director()).queryParam("from", first).queryParam("unit", "DKK")
                .get("/uploads/%s/difference".formatted(second)).then().statusCode(200).extract().jsonPath();

        String a = "areas.find { it.policyAreaCode == '%s' }".formatted(areaA);
        assertThat(difference.getInt(a + ".from")).isEqualTo(1300);
        assertThat(difference.getInt(a + ".to")).isEqualTo(1100);
        assertThat(difference.getInt(a + ".difference")).isEqualTo(-200);
        assertThat(difference.getList(a + ".functions.function")).containsExactly(functionA1, functionA2);
        assertThat(difference.getList(a + ".functions.difference")).containsExactly(-200, 0);
        given().auth().oauth2(director()).queryParam("from", "not-an-upload")
                .get("/uploads/%s/difference".formatted(second)).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        String b = "areas.find { it.policyAreaCode == '%s' }".formatted(areaB);
        assertThat(difference.getInt(b + ".difference")).isEqualTo(-50);
        assertThat(difference.getList(b + ".functions.difference")).containsExactly(-50);
    }

    @Test
    void shouldUndoACorrectionByReactivatingTheEarlierUpload() {
        byte[] corrected = file(800, 300, 450);
        String first = upload(file(1000, 300, 500)).statusCode(201).extract().path("id");
        String second = upload(corrected).statusCode(201).extract().path("id");

        given().auth().oauth2(finance()).post("/uploads/%s/activate".formatted(first)).then().statusCode(200)
                .body("active", equalTo(true));
        assertThat(accounts(areaA)).isEqualByComparingTo("1300");
        assertThat(accounts(areaB)).isEqualByComparingTo("500");
        given().auth().oauth2(finance()).get("/uploads/" + second).then().body("active", equalTo(false));

        upload(corrected).statusCode(200).body("duplicate", equalTo(true)).body("id", equalTo(second))
                .body("active", equalTo(true));
        assertThat(accounts(areaA)).isEqualByComparingTo("1100");
    }

    @Test
    void shouldKeepAnUploadOfOtherPolicyAreasAlongsideTheActiveOne() {
        upload(("funktion;dranst;beløb\n%s;1;700\n").formatted(functionA1).getBytes(StandardCharsets.UTF_8))
                .statusCode(201);
        upload(("funktion;dranst;beløb\n%s;1;90\n").formatted(functionB).getBytes(StandardCharsets.UTF_8))
                .statusCode(201);

        assertThat(accounts(areaA)).isEqualByComparingTo("700");
        assertThat(accounts(areaB)).isEqualByComparingTo("90");
    }

    @Test
    void shouldLetOnlyFinanceReactivateAndNotAfterTheFollowUpIsSubmitted() {
        String followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-03-31");
        String id = given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .body(file(1, 2, 3)).post("/uploads/follow-ups/" + followUp).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK").body(file(4, 5, 6))
                .post("/uploads/follow-ups/" + followUp).then().statusCode(201);

        given().auth().oauth2(director()).post("/uploads/%s/activate".formatted(id)).then().statusCode(403);
        BudgetFixtures.submit(followUp);
        given().auth().oauth2(finance()).post("/uploads/%s/activate".formatted(id)).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(finance()).queryParam("unit", "DKK").get("/follow-ups/" + followUp).then()
                .body("lines.find { it.policyAreaCode == '%s' }.spendToDate".formatted(areaA),
                        equalTo(9));
    }

    /** Area A: two lines on its two functions; area B: one line. Amounts in kroner. */
    private byte[] file(int a1, int a2, int b) {
        return """
                funktion;dranst;art;beløb;omkostningssted
                %s;1;4.0;%d;100
                %s;1;5.9;%d;
                %s;1;4.0;%d;200
                """.formatted(functionA1, a1, functionA2, a2, functionB, b).getBytes(StandardCharsets.UTF_8);
    }

    private static ValidatableResponse upload(byte[] file) {
        return given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK").body(file)
                .post("/uploads/accounts/" + YEAR).then();
    }

    private BigDecimal accounts(String area) {
        return new BigDecimal(given().queryParam("committee", committee).queryParam("unit", "DKK")
                .get("/years/%d/accounts".formatted(YEAR)).then().statusCode(200).extract().jsonPath()
                .getString("lines.find { it.policyAreaCode == '%s' }.accounts".formatted(area)));
    }

    private static List<Map<String, Object>> history() {
        return given().auth().oauth2(director()).get("/uploads/accounts/" + YEAR).then().statusCode(200).extract()
                .jsonPath().getList("$");
    }

    /** This committee's BudgetChanged caused by the upload, once it is on the topic. */
    private JsonPath budgetChangeCausedBy(String upload) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> KafkaTestClient.readAll(Topics.BUDGET_FOLLOW_UPS,
                        r -> r.key().equals(committee + ":" + YEAR) && r.value().contains(upload)).stream()
                .map(r -> new JsonPath(r.value()).setRootPath("payload")).toList(), changes -> changes.size() == 1)
                .get(0);
    }
}
