package dk.radhus.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Arranges fiscal years, policy areas, ledger entries and follow-ups through budget-service's API, as finance. */
public final class Budget {

    public static final String FINANCE = TestTokens.bearer("oekonomi", Roles.FINANCE);

    /** Policy-area codes (six digits) from a random start, so that tests sharing the database never collide. */
    private static final AtomicInteger AREAS = new AtomicInteger(ThreadLocalRandom.current().nextInt(100000, 800000));

    private final Suite suite;
    private final String finance;

    public Budget(Suite suite) {
        this(suite, FINANCE);
    }

    /** Acting as the finance user of {@code financeToken}. */
    public Budget(Suite suite, String financeToken) {
        this.suite = suite;
        this.finance = financeToken;
    }

    public static String uniqueAreaCode() {
        return Integer.toString(AREAS.incrementAndGet());
    }

    /** Opens the year unless another test already did. */
    public void openYear(int year) {
        int status = finance().body(Map.of("year", year)).post("/fiscal-years").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not open " + year + ": " + status);
        }
    }

    public void policyArea(String code, String name, String committee) {
        finance().body(Map.of("code", code, "name", name, "committeeCode", committee, "kind", "OPERATIONS"))
                .post("/policy-areas").then().statusCode(201);
    }

    /** Maps one function of the chart of accounts to the area, so that uploaded lines on it count for the area. */
    public void function(String area, String function) {
        finance().body(Map.of("from", function)).post("/policy-areas/" + area + "/functions").then().statusCode(201);
    }

    /** Uploads account lines (CSV, amounts in kroner) as the follow-up's spend; returns the upload's id. */
    public String upload(String followUp, String csv) {
        return given().baseUri(suite.budget.baseUri()).auth().oauth2(finance).contentType("text/csv; charset=UTF-8")
                .queryParam("unit", "DKK").body(csv).post("/uploads/follow-ups/" + followUp).then().statusCode(201)
                .extract().path("id");
    }

    /** Makes an earlier upload the active version again. */
    public void activate(String upload) {
        finance().post("/uploads/" + upload + "/activate").then().statusCode(200);
    }

    /** The follow-up's upload history, oldest first. */
    public JsonPath uploads(String followUp) {
        return finance().get("/uploads/follow-ups/" + followUp).then().statusCode(200).extract().jsonPath();
    }

    public void reopen(String followUp, String reason) {
        finance().body(Map.of("reason", reason)).post("/follow-ups/" + followUp + "/reopen").then().statusCode(200);
    }

    /** A ledger entry in DKK thousands. */
    public void entry(int year, String area, String kind, String amount, String date, String text) {
        finance().body("""
                {"kind": "%s", "unit": "DKK_THOUSANDS", "amount": %s, "date": "%s", "text": "%s"}"""
                .formatted(kind, amount, date, text))
                .post("/years/%d/budgets/%s/entries".formatted(year, area)).then().statusCode(201);
    }

    /** An omplacering of {@code amount} DKK thousands from one area to another, booked as a balanced pair. */
    public void transfer(int year, String from, String to, String amount, String date, String text) {
        finance().body("""
                {"fromPolicyAreaCode": "%s", "toPolicyAreaCode": "%s", "unit": "DKK_THOUSANDS", "amount": %s,
                 "date": "%s", "text": "%s"}""".formatted(from, to, amount, date, text))
                .post("/years/%d/transfers".formatted(year)).then().statusCode(201);
    }

    public String followUp(String committee, int year, int round, String cutOff) {
        return finance().body(Map.of("committeeCode", committee, "fiscalYear", year, "round", round,
                "cutOffDate", cutOff)).post("/follow-ups").then().statusCode(201).extract().path("id");
    }

    /** Posts a line in DKK thousands. */
    public void line(String followUp, String area, String spend, String requested, String forecast) {
        finance().body("""
                {"unit": "DKK_THOUSANDS", "spendToDate": %s, "requestedAppropriation": %s, "forecast": %s}"""
                .formatted(spend, requested, forecast))
                .put("/follow-ups/%s/lines/%s".formatted(followUp, area)).then().statusCode(200);
    }

    public void submit(String followUp) {
        finance().post("/follow-ups/" + followUp + "/submit").then().statusCode(200);
    }

    /** The follow-up with its figures in DKK thousands, as the public sees it once submitted. */
    public JsonPath followUp(String id) {
        return given().baseUri(suite.budget.baseUri()).get("/follow-ups/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    /** The appropriation request ids of the follow-up's lines that request an appropriation, in line order. */
    public List<String> appropriationRequests(String followUp) {
        return followUp(followUp).getList("lines.findAll { it.requestedAppropriation != 0 }.appropriationRequestId");
    }

    private RequestSpecification finance() {
        return given().baseUri(suite.budget.baseUri()).auth().oauth2(finance).contentType(ContentType.JSON);
    }
}
