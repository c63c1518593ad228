package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.finance;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.RadhusTestResources;

/**
 * Account lines are stored line by line: the drill-down from policy area to hovedfunktion, funktion and dranst/art
 * sums to the area's figure at every level, and the seed documents' two tables come out to the digit when their
 * figures arrive as account lines.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class AccountDetailTest {

    @Test
    void shouldSumTheDrillDownToTheAccountsAndPrintTheSeedAccountsTable() {
        int year = BudgetFixtures.privateYear();
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String f1 = BudgetFixtures.function();
        String f2 = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, f1, f2);
        BudgetFixtures.entry(year, area, "ORIGINAL", "350", year - 1 + "-10-14");
        // 254 thousand kroner over two functions, three dranst/art groups and income on art 7.9.
        upload("/uploads/accounts/" + year, """
                funktion;dranst;art;beløb;omkostningssted
                %1$s;1;1.0;200.000,00;100
                %1$s;1;1.0;60.000,50;100
                %1$s;1;7.9;-30.000,50;
                %2$s;1;4.0;24.000;200
                """.formatted(f1, f2));

        JsonPath detail = given().queryParam("unit", "DKK").get("/years/%d/accounts/%s/detail".formatted(year, area))
                .then().statusCode(200).extract().jsonPath();
        BigDecimal accounts = new BigDecimal(given().queryParam("committee", committee).queryParam("unit", "DKK")
                .get("/years/%d/accounts".formatted(year)).then().extract().jsonPath().getString("lines[0].accounts"));
        assertThat(accounts).isEqualByComparingTo("254000");
        assertThat(new BigDecimal(detail.getString("amount"))).isEqualByComparingTo(accounts);
        assertThat(detail.getInt("lines")).isEqualTo(4);
        assertSumsAtEveryLevel(detail.getMap("$"));
        List<Map<String, Object>> leaves = detail.getList("children[0].children[0].children");
        assertThat(leaves).extracting(l -> l.get("code")).containsExactly("1/1.0", "1/7.9");
        assertThat(detail.getString("children[0].code")).isEqualTo(f1.substring(0, 4));

        List<String> row = given().accept(ContentType.JSON).get("/tables/accounts/%d/%s".formatted(year, committee))
                .then().statusCode(200).extract().jsonPath().getList("rows[1].cells", String.class);
        assertThat(row.subList(1, row.size())).containsExactly("350", "0", "0", "350", "254", "96");
    }

    @Test
    void shouldSumTheFollowUpDrillDownToTheSpendAndPrintTheSeedBudgetOverview() {
        int year = BudgetFixtures.privateYear();
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String function = BudgetFixtures.function();
        BudgetFixtures.mapFunctions(area, function, function);
        BudgetFixtures.entry(year, area, "ORIGINAL", "355", year - 1 + "-10-13");
        BudgetFixtures.transfer(year, area, BudgetFixtures.policyArea(BudgetFixtures.committee()), "2",
                year + "-02-15");
        String followUp = BudgetFixtures.followUp(committee, year, 2, year + "-03-31");
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"unit": "DKK_THOUSANDS", "spendToDate": 0, "requestedAppropriation": 0, "forecast": 353}""")
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(200);
        upload("/uploads/follow-ups/" + followUp, """
                funktion;dranst;art;beløb
                %1$s;1;5.9;-25.000,00
                %1$s;1;1.0;10.000,00
                %1$s;2;8.6;-10.000,00
                """.formatted(function));
        BudgetFixtures.submit(followUp);

        JsonPath detail = given().queryParam("unit", "DKK")
                .get("/follow-ups/%s/spend/%s/detail".formatted(followUp, area)).then().statusCode(200).extract()
                .jsonPath();
        assertThat(detail.getInt("amount")).isEqualTo(-25000);
        assertSumsAtEveryLevel(detail.getMap("$"));
        assertThat(detail.getList("children[0].children[0].children.code")).containsExactly("1/1.0", "1/5.9",
                "2/8.6");

        List<String> row = given().accept(ContentType.JSON).get("/tables/follow-ups/" + followUp).then()
                .statusCode(200).extract().jsonPath().getList("rows[1].cells", String.class);
        assertThat(row.subList(1, row.size())).containsExactly("355", "353", "-25", "-", "0", "353", "353");
    }

    @Test
    void shouldHideADraftsDrillDownFromTheAnonymousCaller() {
        BudgetFixtures.openYear(BudgetFixtures.YEAR);
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String followUp = BudgetFixtures.followUp(committee, BudgetFixtures.YEAR, 1, BudgetFixtures.YEAR + "-03-31");

        given().get("/follow-ups/%s/spend/%s/detail".formatted(followUp, area)).then().statusCode(404);
        given().auth().oauth2(finance()).get("/follow-ups/%s/spend/%s/detail".formatted(followUp, area)).then()
                .statusCode(200);
    }

    /** Each level's amount and line count is the sum of the level below. */
    @SuppressWarnings("unchecked")
    private static void assertSumsAtEveryLevel(Map<String, Object> node) {
        List<Map<String, Object>> children = (List<Map<String, Object>>) node.get("children");
        if (children.isEmpty()) {
            return;
        }
        BigDecimal sum = children.stream().map(c -> new BigDecimal(c.get("amount").toString()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(node.get("amount").toString())).as("amount of %s", node.get("code"))
                .isEqualByComparingTo(sum);
        assertThat(((Number) node.get("lines")).longValue()).as("lines of %s", node.get("code"))
                .isEqualTo(children.stream().mapToLong(c -> ((Number) c.get("lines")).longValue()).sum());
        children.forEach(AccountDetailTest::assertSumsAtEveryLevel);
    }

    private static void upload(String path, String file) {
        given().auth().oauth2(finance()).contentType("text/csv").queryParam("unit", "DKK")
                .body(file.getBytes(StandardCharsets.UTF_8)).post(path).then().statusCode(201);
    }
}
