package dk.radhus.e2e.hostile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dk.radhus.e2e.SuiteServices;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * A small, valid world in each service that the campaign's requests aim at, so that they reach validation instead of
 * a 404: a committee with a planned meeting and an agenda item; an open fiscal year with a policy area and a draft
 * follow-up; a policy with a focus area, goal and initiative, an indicator and a quality contract. Path values are
 * keyed by the collection segment in front of the parameter, e.g. {@code items/{itemId}}; query values by {@code ?}
 * and the parameter's name, e.g. {@code ?committee} (so that an import's document is otherwise importable).
 */
final class Fixtures {

    static final String STRATEGY_EDITOR = "strategy-editor";
    private static final String COMMITTEE = "HOSTIL";
    private static final int YEAR = 2031;
    private static final String POLICY_AREA = "99001";
    private static final String INDICATOR = "HOSTIL-01";

    private final Map<String, Map<String, String>> pathValues = new HashMap<>();

    private Fixtures() {
    }

    private static Fixtures created;

    /** Creates the world once per JVM run (the databases are fresh for each run); later calls return it. */
    static synchronized Fixtures create(Map<String, SuiteServices.Service> services) {
        if (created == null) {
            Fixtures fixtures = new Fixtures();
            fixtures.meetings(services.get("meetings-service"));
            fixtures.budget(services.get("budget-service"));
            fixtures.strategy(services.get("strategy-service"));
            created = fixtures;
        }
        return created;
    }

    Map<String, String> pathValues(SuiteServices.Service service) {
        return pathValues.getOrDefault(service.name(), Map.of());
    }

    private void meetings(SuiteServices.Service meetings) {
        String secretary = TestTokens.bearer("hostile-secretary", Roles.SECRETARY);
        post(meetings, secretary, "/committees", """
                {"code": "%s", "name": "Fjendtligt input-udvalget", "kind": "POLITICAL_COMMITTEE"}"""
                .formatted(COMMITTEE));
        String meeting = post(meetings, secretary, "/meetings", """
                {"committeeCode": "%s", "startsAt": "2031-05-11T17:00:00", "location": "B101"}""".formatted(COMMITTEE));
        String item = post(meetings, secretary, "/meetings/" + meeting + "/items", """
                {"number": 1, "title": "Godkendelse af dagsorden", "kind": "DECISION", "access": "OPEN"}""");
        pathValues.put(meetings.name(), Map.of("committees/{code}", COMMITTEE, "meetings/{id}", meeting,
                "meetings/{meetingId}", meeting, "items/{itemId}", item, "?committee", COMMITTEE));
    }

    private void budget(SuiteServices.Service budget) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(budget.baseUri())
                .get("/committees/" + COMMITTEE).then().statusCode(200));
        String finance = TestTokens.bearer("hostile-finance", Roles.FINANCE);
        post(budget, finance, "/fiscal-years", "{\"year\": %d}".formatted(YEAR));
        post(budget, finance, "/policy-areas", """
                {"code": "%s", "name": "Fjendtligt input", "committeeCode": "%s", "kind": "OPERATIONS"}"""
                .formatted(POLICY_AREA, COMMITTEE));
        post(budget, finance, "/policy-areas/" + POLICY_AREA + "/functions",
                "{\"from\": \"9.99.00\", \"to\": \"9.99.09\"}");
        String followUp = post(budget, finance, "/follow-ups", """
                {"committeeCode": "%s", "fiscalYear": %d, "round": 1, "cutOffDate": "2031-03-31"}"""
                .formatted(COMMITTEE, YEAR));
        String year = Integer.toString(YEAR);
        pathValues.put(budget.name(), Map.of("fiscal-years/{year}", year, "years/{year}", year,
                "accounts/{year}", year, "follow-ups/{id}", followUp, "lines/{policyAreaCode}", POLICY_AREA,
                "policy-areas/{code}", POLICY_AREA, "accounts/{policyAreaCode}", POLICY_AREA,
                "budgets/{policyAreaCode}", POLICY_AREA));
    }

    private void strategy(SuiteServices.Service strategy) {
        String editor = TestTokens.bearer("hostile-editor", STRATEGY_EDITOR);
        String policy = post(strategy, editor, "/policies", """
                {"title": "Fjendtlig vækstpolitik", "periodStart": 2030, "periodEnd": 2034, "owner": "BYC"}""");
        String focusArea = post(strategy, editor, "/policies/" + policy + "/focus-areas", "{\"title\": \"Fokus\"}");
        String goal = post(strategy, editor, "/focus-areas/" + focusArea + "/goals", "{\"title\": \"Mål\"}");
        String initiative = post(strategy, editor, "/goals/" + goal + "/initiatives", """
                {"reference": "HOSTIL-1", "title": "Indsats", "departmentCode": "BYC", "light": "GREEN",
                 "narrative": "I gang", "statusAsOf": "2020-01-01"}""");
        post(strategy, editor, "/indicators", """
                {"code": "%s", "name": "Indbyggertal", "unit": "personer", "source": "Danmarks Statistik",
                 "direction": "UP", "baselineYear": 2017, "baselineValue": 50000}""".formatted(INDICATOR));
        String contract = post(strategy, editor, "/quality-contracts", """
                {"serviceArea": "Fjendtligt input", "contractYear": 2030, "number": 1, "heading": "Svartid",
                 "overallObjective": "Hurtige svar"}""");
        pathValues.put(strategy.name(), Map.of("departments/{code}", "BYC", "policies/{id}", policy,
                "focus-areas/{id}", focusArea, "goals/{id}", goal, "initiatives/{id}", initiative,
                "indicators/{code}", INDICATOR, "values/{year}", "2019", "quality-contracts/{id}", contract));
    }

    /** POSTs a valid body and returns the new resource's {@code id} (null for resources keyed by a code). */
    private static String post(SuiteServices.Service service, String token, String path, String body) {
        return given().baseUri(service.baseUri()).auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(path).then().statusCode(201).extract().path("id");
    }
}
