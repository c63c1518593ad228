package dk.radhus.budget;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import dk.radhus.platform.events.Topics;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestEvents;
import dk.radhus.testing.TestTokens;

/**
 * Arranges budget data through the API (and committees through their real path, a CommitteeUpserted event). Codes,
 * functions and years come from JVM-wide counters, so test classes sharing the database never collide.
 */
final class BudgetFixtures {

    /** Years no other test uses, for tests that close a year. */
    private static final AtomicInteger PRIVATE_YEARS = new AtomicInteger(2150);
    private static final AtomicInteger AREAS = new AtomicInteger(300000);
    private static final AtomicInteger FUNCTIONS = new AtomicInteger(70000);

    /** A year shared by tests that only add figures to their own committees. */
    static final int YEAR = 2030;

    private BudgetFixtures() {
    }

    static String finance() {
        return TestTokens.bearer("finance-user", Roles.FINANCE);
    }

    static String director() {
        return TestTokens.bearer("director-user", Roles.DIRECTOR);
    }

    static String secretary() {
        return TestTokens.bearer("secretary-user", Roles.SECRETARY);
    }

    static String committeeCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    static String areaCode() {
        return Integer.toString(AREAS.incrementAndGet());
    }

    static int privateYear() {
        int year = PRIVATE_YEARS.incrementAndGet();
        openYear(year);
        return year;
    }

    /** A fresh function of the chart of accounts, d.dd.dd. */
    static String function() {
        int n = FUNCTIONS.incrementAndGet();
        return "%d.%02d.%02d".formatted(n / 10000, n / 100 % 100, n % 100);
    }

    /** Publishes CommitteeUpserted as meetings-service would and waits until the read model has it. */
    static void committee(String code, String name) {
        KafkaTestClient.send(Topics.COMMITTEES, code, TestEvents.envelope("CommitteeUpserted", "Committee", code, """
                {"code":"%s","name":"%s","kind":"POLITICAL_COMMITTEE","active":true}""".formatted(code, name)));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/committees/" + code).statusCode() == 200);
    }

    static String committee() {
        String code = committeeCode();
        committee(code, "Testudvalget " + code);
        return code;
    }

    static void openYear(int year) {
        int status = given().auth().oauth2(finance()).contentType(ContentType.JSON).body("{\"year\": " + year + "}")
                .post("/fiscal-years").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not open " + year + ": " + status);
        }
    }

    static void policyArea(String code, String name, String committee) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "%s", "committeeCode": "%s"}""".formatted(code, name, committee))
                .post("/policy-areas").then().statusCode(201);
    }

    static String policyArea(String committee) {
        String code = areaCode();
        policyArea(code, "Område " + code, committee);
        return code;
    }

    static void mapFunctions(String area, String from, String to) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"from": "%s", "to": "%s"}""".formatted(from, to))
                .post("/policy-areas/" + area + "/functions").then().statusCode(201);
    }

    /** A ledger entry in DKK thousands. */
    static void entry(int year, String area, String kind, String amount, String date) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"kind": "%s", "unit": "DKK_THOUSANDS", "amount": %s, "date": "%s", "text": "Test %s"}"""
                .formatted(kind, amount, date, kind))
                .post("/years/%d/budgets/%s/entries".formatted(year, area)).then().statusCode(201);
    }

    /** An omplacering of {@code amount} DKK thousands from one area to another, booked as a balanced pair. */
    static void transfer(int year, String from, String to, String amount, String date) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"fromPolicyAreaCode": "%s", "toPolicyAreaCode": "%s", "unit": "DKK_THOUSANDS", "amount": %s,
                 "date": "%s", "text": "Test omplacering"}""".formatted(from, to, amount, date))
                .post("/years/%d/transfers".formatted(year)).then().statusCode(201);
    }

    static String followUp(String committee, int year, int round, String cutOff) {
        return given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"committeeCode": "%s", "fiscalYear": %d, "round": %d, "cutOffDate": "%s"}"""
                .formatted(committee, year, round, cutOff))
                .post("/follow-ups").then().statusCode(201).extract().path("id");
    }

    /** Posts a line in DKK thousands. */
    static void line(String followUp, String area, String spend, String requested, String forecast) {
        given().auth().oauth2(finance()).contentType(ContentType.JSON).body("""
                {"unit": "DKK_THOUSANDS", "spendToDate": %s, "requestedAppropriation": %s, "forecast": %s}"""
                .formatted(spend, requested, forecast))
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(200);
    }

    static void submit(String followUp) {
        given().auth().oauth2(finance()).post("/follow-ups/" + followUp + "/submit").then().statusCode(200);
    }

    /**
     * A committee with one policy area (original budget 353 in {@link #YEAR}) and its submitted 2nd follow-up, whose one
     * line requests a supplementary appropriation of 50: what a committee's decision acts on.
     */
    record SubmittedRequest(String committee, String area, String followUp, String request) {
    }

    static SubmittedRequest submittedFollowUpWithARequest() {
        openYear(YEAR);
        String committee = committee();
        String area = policyArea(committee);
        entry(YEAR, area, "ORIGINAL", "353", YEAR - 1 + "-10-01");
        String followUp = followUp(committee, YEAR, 2, YEAR + "-03-31");
        line(followUp, area, "100", "50", "403");
        submit(followUp);
        String request = given().get("/follow-ups/" + followUp).then().extract().path("lines[0].appropriationRequestId");
        return new SubmittedRequest(committee, area, followUp, request);
    }
}
