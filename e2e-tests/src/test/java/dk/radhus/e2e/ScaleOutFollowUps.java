package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import dk.radhus.testing.ServiceProcess;

/**
 * The scale-out test's budget follow-ups: one committee of their own each (never renamed, so that the drafted item's
 * text depends on the follow-up alone), with a planned meeting for the drafted agenda item, one policy area with an
 * original budget, and a follow-up submitted once with the forecast of round 0. Each later round reopens it, posts the
 * round's forecast and submits it again. Amounts in DKK thousands; the forecast stays within 5 % of the corrected
 * budget and the spend behind the calendar, so no deviation rule fires.
 */
final class ScaleOutFollowUps {

    static final int YEAR = 2011;
    static final String CUT_OFF = "2011-03-31";
    static final String CORRECTED_BUDGET = "1000";
    static final String SPEND = "200";

    private ScaleOutFollowUps() {
    }

    /** A follow-up with its committee and its one policy area. */
    record FollowUp(String id, String committee, String area) {
    }

    /** Arranges {@code count} follow-ups through the first instances, each submitted once (round 0). */
    static List<FollowUp> arrange(ServiceProcess meetings, ServiceProcess budget, int count) {
        List<String> committees = new ArrayList<>();
        String startsAt = LocalDate.now().plusMonths(2) + "T17:00:00";
        for (int i = 0; i < count; i++) {
            String code = Meetings.uniqueCode("SOB");
            secretary(meetings).body(Map.of("code", code, "name", "Budgetudvalg " + code, "kind",
                    "POLITICAL_COMMITTEE")).post("/committees").then().statusCode(201);
            secretary(meetings).body(Map.of("committeeCode", code, "startsAt", startsAt, "location", "B101"))
                    .post("/meetings").then().statusCode(201);
            committees.add(code);
        }
        for (String code : committees) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(budget.baseUri())
                    .get("/committees/" + code).statusCode() == 200);
        }
        finance(budget).body(Map.of("year", YEAR)).post("/fiscal-years").then().statusCode(anyOf(is(201), is(409)));
        List<FollowUp> followUps = new ArrayList<>();
        for (String code : committees) {
            String area = Budget.uniqueAreaCode();
            finance(budget).body(Map.of("code", area, "name", "Område " + code, "committeeCode", code, "kind",
                    "OPERATIONS")).post("/policy-areas").then().statusCode(201);
            finance(budget).body("""
                    {"kind": "ORIGINAL", "unit": "DKK_THOUSANDS", "amount": %s, "date": "2010-10-13",
                     "text": "Oprindeligt budget 2011"}""".formatted(CORRECTED_BUDGET))
                    .post("/years/%d/budgets/%s/entries".formatted(YEAR, area)).then().statusCode(201);
            String followUp = finance(budget).body(Map.of("committeeCode", code, "fiscalYear", YEAR, "round", 2,
                    "cutOffDate", CUT_OFF)).post("/follow-ups").then().statusCode(201).extract().path("id");
            finance(budget).body(line(0)).put(linePath(followUp, area)).then().statusCode(200);
            finance(budget).post("/follow-ups/" + followUp + "/submit").then().statusCode(200);
            followUps.add(new FollowUp(followUp, code, area));
        }
        return followUps;
    }

    /** The forecast posted in a round: the corrected budget plus the round, so every submission differs. */
    static String forecast(int round) {
        return new BigDecimal(CORRECTED_BUDGET).add(BigDecimal.valueOf(round)).toPlainString();
    }

    static String line(int round) {
        return """
                {"unit": "DKK_THOUSANDS", "spendToDate": %s, "requestedAppropriation": 0, "forecast": %s}"""
                .formatted(SPEND, forecast(round));
    }

    static String linePath(String followUp, String area) {
        return "/follow-ups/%s/lines/%s".formatted(followUp, area);
    }

    /** The drafted item's words for a forecast in DKK thousands, as meetings-service writes them ("1.003.000 kr."). */
    static String forecastInWords(String forecastThousands) {
        return "forventet regnskab på " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("da-DK"))
                .format(new BigDecimal(forecastThousands).multiply(BigDecimal.valueOf(1000))) + " kr.";
    }

    private static RequestSpecification secretary(ServiceProcess meetings) {
        return given().baseUri(meetings.baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON);
    }

    private static RequestSpecification finance(ServiceProcess budget) {
        return given().baseUri(budget.baseUri()).auth().oauth2(Budget.FINANCE).contentType(ContentType.JSON);
    }
}
