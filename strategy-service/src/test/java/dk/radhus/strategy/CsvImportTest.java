package dk.radhus.strategy;

import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class CsvImportTest {

    private static final LocalDate START = LocalDate.now().minusDays(30);

    @Test
    void shouldStoreIndicatorValuesAndChangeNothingWhenTheSameFileIsUploadedAgain() {
        String a = unique("CSV");
        String b = unique("CSV");
        Api.createIndicator(a, null, "Indbyggertal", "UP", null);
        Api.createIndicator(b, null, "Ledighed", "DOWN", null);
        String csv = "indicator,year,value\n" + a + ",2018,50000\n" + a + ",2019,50500\n" + b + ",2019,\"4,8\"\n";

        upload("/indicator-values/csv", csv).statusCode(200)
                .body("lines", equalTo(3)).body("changed", equalTo(3)).body("unchanged", equalTo(0));
        upload("/indicator-values/csv", csv).statusCode(200)
                .body("changed", equalTo(0)).body("unchanged", equalTo(3));

        JsonPath values = Api.as(EDITOR).get("/indicators/" + a).then().extract().jsonPath();
        assertThat(values.getList("values.year", Integer.class)).containsExactly(2018, 2019);
        assertThat(values.getString("values[1].value")).isEqualTo("50500");
        Api.as(EDITOR).get("/indicators/" + b).then().body("values[0].value", equalTo(4.8f));
    }

    @Test
    void shouldRejectTheWholeValuesFileListingEveryBadLineAndStoreNothing() {
        String code = unique("CSV");
        Api.createIndicator(code, null, "Indbyggertal", "UP", null);
        String csv = "indicator,year,value\n"
                + code + ",2019,100\n"
                + "UKENDT,2019,5\n"
                + code + ",tyve,5\n"
                + code + ",2018,mange\n"
                + code + ",2019,101\n";

        JsonPath problem = upload("/indicator-values/csv", csv).statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();

        assertThat(problem.getString("type")).endsWith("csv-invalid");
        assertThat(problem.getList("errors.field", String.class)).containsExactly(
                "line[3].indicator", "line[4].year", "line[5].value", "line[6].indicator");
        assertThat(problem.getString("errors[0].message")).contains("linje 3").contains("UKENDT");
        Api.as(EDITOR).get("/indicators/" + code).then().body("values.size()", equalTo(0));
    }

    @Test
    void shouldApplyInitiativeStatusesAndKeepHistoryIdempotentOnReUpload() {
        String goal = goal();
        String first = unique("ST");
        String second = unique("ST");
        String firstId = Api.createInitiative(goal, first, "BYC", "GREEN", START);
        Api.createInitiative(goal, second, "TMC", "GREEN", START);
        String csv = "initiative;light;text;asOf\n"
                + first + ";RØD;\"Stoppet; afventer politisk afklaring\";" + LocalDate.now().minusDays(1) + "\n"
                + second + ";GREEN;Status for " + second + ";" + START + "\n";

        upload("/initiative-statuses/csv", csv).statusCode(200).body("changed", equalTo(1)).body("unchanged", equalTo(1));
        upload("/initiative-statuses/csv", csv).statusCode(200).body("changed", equalTo(0));

        List<Map<String, Object>> history = Api.as(EDITOR).get("/initiatives/" + firstId + "/history")
                .then().extract().jsonPath().getList("$");
        assertThat(history).hasSize(2);
        assertThat(history.get(1)).containsEntry("fromLight", "GREEN").containsEntry("toLight", "RED")
                .containsEntry("narrative", "Stoppet; afventer politisk afklaring").containsEntry("changedBy", "anne.byc");
    }

    @Test
    void shouldRejectTheWholeStatusFileWhenOneLineIsBadAndChangeNoInitiative() {
        String goal = goal();
        String good = unique("ST");
        String goodId = Api.createInitiative(goal, good, "BYC", "GREEN", START);
        String csv = "initiative,light,text,asOf\n"
                + good + ",YELLOW,Forsinket," + LocalDate.now() + "\n"
                + good + ",RED,To gange," + LocalDate.now() + "\n"
                + "FINDES-IKKE,BLÅ,,i går\n"
                + "\n"
                + good.toLowerCase() + "-x,GREEN,For gammel," + START.minusDays(1) + "\n";

        JsonPath problem = upload("/initiative-statuses/csv", csv).statusCode(400).extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).containsExactly("line[3].initiative",
                "line[4].initiative", "line[4].light", "line[4].text", "line[4].asOf", "line[6].initiative");
        Api.as(EDITOR).get("/initiatives/" + goodId).then().body("light", equalTo("GREEN"));
        Api.as(EDITOR).get("/initiatives/" + goodId + "/history").then().body("size()", equalTo(1));
    }

    @Test
    void shouldRejectAFileWithoutTheRequiredColumns() {
        upload("/initiative-statuses/csv", "reference,light\nX,RED\n").statusCode(400)
                .body("errors[0].field", equalTo("header"));
        upload("/indicator-values/csv", "").statusCode(400).body("errors[0].field", equalTo("file"));
    }

    private static ValidatableResponse upload(String path, String csv) {
        return given().auth().oauth2(EDITOR).contentType("text/csv; charset=UTF-8").body(csv).post(path).then();
    }

    private static String goal() {
        String policy = Api.createPolicy("CSV " + unique("P"));
        return Api.createGoal(Api.createFocusArea(policy, "Erhverv"), "Mål");
    }
}
