package dk.radhus.strategy;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Arranges strategy data through the REST API, as the named roles. */
final class Api {

    static final String EDITOR = TestTokens.bearer("anne.byc", StrategyRoles.EDITOR);
    static final String DIRECTOR = TestTokens.bearer("lars.direktion", Roles.DIRECTOR);
    static final String FINANCE = TestTokens.bearer("mette.okonomi", Roles.FINANCE);
    static final String ADMIN = TestTokens.bearer("it.admin", Roles.ADMIN);
    static final String SECRETARY = TestTokens.bearer("kathrine.sekretaer", Roles.SECRETARY);

    /** Growth accounts are one per year and the test classes share one database: each test takes its own year. */
    private static final AtomicInteger NEXT_ACCOUNT_YEAR = new AtomicInteger(2040);

    private Api() {
    }

    /** A year no growth account of this test run has been published for (2040 onwards). */
    static int unusedAccountYear() {
        return NEXT_ACCOUNT_YEAR.getAndIncrement();
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String createPolicy(String title) {
        return as(EDITOR).body(Map.of("title", title, "periodStart", 2018, "periodEnd", 2022, "owner", "BYC"))
                .post("/policies").then().statusCode(201).extract().path("id");
    }

    static void adopt(String policyId) {
        as(DIRECTOR).body(Map.of("decision", "Vedtaget af Byrådet", "adoptedOn", "2018-06-26", "caseNumber", "18/8420"))
                .put("/policies/" + policyId + "/adoption").then().statusCode(200);
    }

    static String createFocusArea(String policyId, String title) {
        return as(EDITOR).body(Map.of("title", title)).post("/policies/" + policyId + "/focus-areas")
                .then().statusCode(201).extract().path("id");
    }

    static String createGoal(String focusAreaId, String title) {
        return as(EDITOR).body(Map.of("title", title)).post("/focus-areas/" + focusAreaId + "/goals")
                .then().statusCode(201).extract().path("id");
    }

    static String createSubGoal(String goalId, String title) {
        return as(EDITOR).body(Map.of("title", title)).post("/goals/" + goalId + "/sub-goals")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> initiative(String reference, String department, String light, LocalDate asOf) {
        return Map.of("reference", reference, "title", "Indsats " + reference, "description", "Beskrivelse",
                "departmentCode", department, "partners", "Erhvervsrådet", "startDate", "2018-01-01",
                "endDate", "2022-12-31", "light", light, "narrative", "Status for " + reference,
                "statusAsOf", asOf.toString());
    }

    /** Creates an initiative and returns its id. */
    static String createInitiative(String goalId, String reference, String department, String light, LocalDate asOf) {
        return as(EDITOR).body(initiative(reference, department, light, asOf)).post("/goals/" + goalId + "/initiatives")
                .then().statusCode(201).extract().path("id");
    }

    static String createTheme(String title, int position) {
        return as(EDITOR).body(Map.of("title", title, "position", position)).post("/indicator-themes")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> indicator(String code, String themeId, String name, String direction,
            Number targetValue) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "unit", "antal",
                "source", "Danmarks Statistik", "direction", direction, "baselineYear", 2017, "baselineValue", 100));
        if (themeId != null) {
            body.put("themeId", themeId);
        }
        if (targetValue != null) {
            body.put("targetValue", targetValue);
            body.put("targetYear", 2022);
        }
        return body;
    }

    static void createIndicator(String code, String themeId, String name, String direction, Number targetValue) {
        as(EDITOR).body(indicator(code, themeId, name, direction, targetValue)).post("/indicators")
                .then().statusCode(201);
    }

    static void setValue(String code, int year, Number value) {
        as(EDITOR).body(Map.of("value", value)).put("/indicators/" + code + "/values/" + year).then().statusCode(200);
    }

    static void updateStatus(String initiativeId, String token, String light, String narrative, LocalDate asOf) {
        as(token).body(Map.of("light", light, "narrative", narrative, "asOf", asOf.toString()))
                .post("/initiatives/" + initiativeId + "/status").then().statusCode(200);
    }
}
