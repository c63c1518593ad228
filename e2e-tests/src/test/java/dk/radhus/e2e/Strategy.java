package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Arranges policies, initiatives, growth accounts and quality contracts through strategy-service's API. */
public final class Strategy {

    public static final String EDITOR = TestTokens.bearer("anne.byc", "strategy-editor");
    public static final String DIRECTOR = TestTokens.bearer("lars.direktion", Roles.DIRECTOR);

    private final Suite suite;
    private final String editor;
    private final String director;

    public Strategy(Suite suite) {
        this(suite, EDITOR, DIRECTOR);
    }

    /** Acting as the strategy editor and the director of the two tokens. */
    public Strategy(Suite suite, String editorToken, String directorToken) {
        this.suite = suite;
        this.editor = editorToken;
        this.director = directorToken;
    }

    public String policy(String title) {
        return as(editor).body(Map.of("title", title, "periodStart", 2018, "periodEnd", 2022, "owner", "BYC"))
                .post("/policies").then().statusCode(201).extract().path("id");
    }

    public String focusArea(String policy, String title) {
        return as(editor).body(Map.of("title", title)).post("/policies/" + policy + "/focus-areas")
                .then().statusCode(201).extract().path("id");
    }

    public String goal(String focusArea, String title) {
        return as(editor).body(Map.of("title", title)).post("/focus-areas/" + focusArea + "/goals")
                .then().statusCode(201).extract().path("id");
    }

    /** An initiative owned by BYC with its first status as of {@code asOf} (yyyy-mm-dd). */
    public String initiative(String goal, String reference, String title, String light, String narrative,
            String asOf) {
        return as(editor).body(Map.of("reference", reference, "title", title, "description", title,
                "departmentCode", "BYC", "partners", "Erhvervsrådet", "startDate", "2018-01-01",
                "endDate", "2022-12-31", "light", light, "narrative", narrative, "statusAsOf", asOf))
                .post("/goals/" + goal + "/initiatives").then().statusCode(201).extract().path("id");
    }

    public void status(String initiative, String light, String narrative, String asOf) {
        as(editor).body(Map.of("light", light, "narrative", narrative, "asOf", asOf))
                .post("/initiatives/" + initiative + "/status").then().statusCode(200);
    }

    /**
     * Creates an indicator with a value for {@code year} and publishes that year's growth account with it; a year can be
     * published once, so if another test already did, that account is returned.
     */
    public String growthAccount(int year, String title, String indicatorCode, String indicatorName) {
        as(editor).body(Map.of("code", indicatorCode, "name", indicatorName, "unit", "antal",
                "source", "Danmarks Statistik", "direction", "UP", "baselineYear", 2017, "baselineValue", 100))
                .post("/indicators").then().statusCode(201);
        as(editor).body(Map.of("value", 112)).put("/indicators/" + indicatorCode + "/values/" + year)
                .then().statusCode(200);
        var published = as(director).body(Map.of("year", year, "title", title, "indicatorCodes",
                List.of(indicatorCode))).post("/growth-accounts").then().statusCode(anyOf(is(201), is(409))).extract();
        return published.statusCode() == 201 ? published.path("id")
                : given().baseUri(suite.strategy.baseUri()).get("/growth-accounts/" + year).then().statusCode(200)
                        .extract().path("id");
    }

    /** A quality-contract objective and one of its yearly follow-up reports (opfølgningsredegørelse). */
    public record QualityFollowUp(String contract, String followUp) {
    }

    /** A quality-contract objective for 2012 and its yearly follow-up report. */
    public QualityFollowUp qualityContractFollowUp(String serviceArea, int number, String heading, String objective,
            int reportYear, String statusText) {
        String contract = as(editor).body(Map.of("serviceArea", serviceArea, "contractYear", 2012, "number", number,
                "heading", heading, "overallObjective", objective)).post("/quality-contracts")
                .then().statusCode(201).extract().path("id");
        String followUp = as(editor).body(Map.of("year", reportYear, "statusText", statusText, "light", "GREEN"))
                .post("/quality-contracts/" + contract + "/follow-ups").then().statusCode(201).extract().path("id");
        return new QualityFollowUp(contract, followUp);
    }

    public JsonPath actionPlan(String policy) {
        return as(director).get("/policies/" + policy + "/action-plan").then().statusCode(200).extract().jsonPath();
    }

    /** The directors' budget status of one committee (a list of at most one). */
    public JsonPath budgetStatus(String committee) {
        return as(director).queryParam("committee", committee).get("/dashboard/budget-status")
                .then().statusCode(200).extract().jsonPath();
    }

    public RequestSpecification as(String token) {
        return given().baseUri(suite.strategy.baseUri()).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
