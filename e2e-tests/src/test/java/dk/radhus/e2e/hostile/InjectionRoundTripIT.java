package dk.radhus.e2e.hostile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.e2e.SuiteServices;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * SQL and script strings that are valid text are data: stored and answered verbatim as JSON strings, and escaped
 * wherever a service renders markup (budget tables as HTML, the table in FollowUpSubmitted, the Atom feed).
 */
class InjectionRoundTripIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "'; DROP TABLE committee; --";
    private static final String HOSTILE = "Udvalget " + SCRIPT + " " + SQL + " & \"citat\"";
    private static final String ESCAPED_SCRIPT = "&lt;script&gt;alert(1)&lt;/script&gt;";
    private static final String COMMITTEE = "INJEKTION";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SuiteServices.Service> services = SuiteServices.running();
    private final SuiteServices.Service meetings = services.get(0);
    private final SuiteServices.Service budget = services.get(1);
    private final SuiteServices.Service strategy = services.get(2);
    private final String secretary = TestTokens.bearer("injection-secretary", Roles.SECRETARY);
    private final String finance = TestTokens.bearer("injection-finance", Roles.FINANCE);
    private final String editor = TestTokens.bearer("injection-editor", Fixtures.STRATEGY_EDITOR);

    @Test
    void shouldStoreAndAnswerInjectionStringsVerbatimAsJsonStringsInEveryService() {
        committeeEverywhere();
        String person = create(meetings, secretary, "/persons", Map.of("name", "Robert'); DROP TABLE person;--"));
        verbatim(call(meetings, null).get("/persons/" + person), "name", "Robert'); DROP TABLE person;--");

        String policy = create(strategy, editor, "/policies", Map.of("title", HOSTILE, "periodStart", 2030,
                "periodEnd", 2034, "owner", SQL));
        Response plan = call(strategy, editor).get("/policies/" + policy + "/action-plan");
        verbatim(plan, "policy.title", HOSTILE);
        verbatim(plan, "policy.owner", SQL);
        create(strategy, editor, "/indicators", Map.of("code", "INJ-01", "name", SCRIPT, "unit", SQL,
                "source", HOSTILE, "direction", "UP", "baselineYear", 2017, "baselineValue", 1));
        Response indicator = call(strategy, editor).get("/indicators/INJ-01");
        verbatim(indicator, "name", SCRIPT);
        verbatim(indicator, "source", HOSTILE);

        assertThat(DatabaseRows.snapshot(services)).as("every table is still there")
                .containsKeys("meetings.committee", "meetings.person", "budget.committee", "strategy.policy");
    }

    @Test
    void shouldEscapeInjectedMarkupInBudgetTablesAndInTheSubmittedFollowUpsTable() {
        committeeEverywhere();
        create(budget, finance, "/fiscal-years", Map.of("year", 2032));
        create(budget, finance, "/policy-areas", Map.of("code", "99002", "name", SCRIPT, "committeeCode", COMMITTEE,
                "kind", "OPERATIONS"));
        String followUp = create(budget, finance, "/follow-ups", Map.of("committeeCode", COMMITTEE,
                "fiscalYear", 2032, "round", 1, "cutOffDate", "2032-03-31"));
        call(budget, finance).contentType(ContentType.JSON).body(Map.of("unit", "DKK_THOUSANDS", "spendToDate", 1,
                "requestedAppropriation", 0, "forecast", 2, "comments", HOSTILE))
                .put("/follow-ups/" + followUp + "/lines/99002").then().statusCode(200);
        verbatim(call(budget, finance).get("/follow-ups/" + followUp), "lines[0].comments", HOSTILE);

        String table = call(budget, finance).accept("text/html").get("/tables/follow-ups/" + followUp)
                .then().statusCode(200).contentType("text/html").extract().asString();
        assertEscaped(table, SCRIPT);

        call(budget, finance).contentType(ContentType.JSON).body(Map.of("unit", "DKK", "amount", 5))
                .put("/years/2032/accounts/99002").then().statusCode(200);
        String accounts = call(budget, null).accept("text/html").get("/tables/accounts/2032/" + COMMITTEE)
                .then().statusCode(200).extract().asString();
        assertEscaped(accounts, SCRIPT);
        assertThat(accounts).contains("&quot;citat&quot;").contains("&amp;");

        call(budget, finance).post("/follow-ups/" + followUp + "/submit").then().statusCode(200);
        assertEscaped(outboxText(budget, "envelope->'payload'->>'tableHtml'", "FollowUpSubmitted", followUp), SCRIPT);
    }

    @Test
    void shouldEscapeInjectedMarkupInTheAtomFeedAndKeepItPlainTextInTheCalendar() {
        committeeEverywhere();
        String meeting = create(meetings, secretary, "/meetings", Map.of("committeeCode", COMMITTEE,
                "startsAt", "2032-02-02T17:00:00", "location", SCRIPT));
        create(meetings, secretary, "/meetings/" + meeting + "/items", Map.of("number", 1, "title", HOSTILE,
                "kind", "DECISION", "access", "OPEN", "sections",
                List.of(Map.of("type", "CASE_PRESENTATION", "body", "<img src=x onerror=alert(1)>"))));
        verbatim(call(meetings, secretary).get("/meetings/" + meeting), "items[0].title", HOSTILE);
        call(meetings, secretary).contentType(ContentType.JSON).body(Map.of("to", "AGENDA_PUBLISHED"))
                .post("/meetings/" + meeting + "/transitions").then().statusCode(200);

        String atom = call(meetings, null).get("/feeds/feed.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();
        assertEscaped(atom, SCRIPT);
        assertThat(atom).contains("Dagsorden: " + escapeXml(HOSTILE)).contains("1. " + escapeXml(HOSTILE));

        String calendar = call(meetings, null).get("/feeds/calendar/" + COMMITTEE + ".ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString().replace("\r\n ", "");
        assertThat(calendar).contains("LOCATION:" + SCRIPT)
                .contains("SUMMARY:Møde i " + HOSTILE.replace(";", "\\;").replace(",", "\\,"));
    }

    /** The committee with a hostile name, created in meetings-service and replicated verbatim to the read models. */
    private void committeeEverywhere() {
        Response existing = call(meetings, null).get("/committees/" + COMMITTEE);
        if (existing.statusCode() == 404) {
            create(meetings, secretary, "/committees", Map.of("code", COMMITTEE, "name", HOSTILE,
                    "kind", "POLITICAL_COMMITTEE"));
        }
        verbatim(call(meetings, null).get("/committees/" + COMMITTEE), "name", HOSTILE);
        for (SuiteServices.Service reader : List.of(budget, strategy)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> call(reader, null)
                    .get("/committees/" + COMMITTEE).then().statusCode(200).body("name", equalTo(HOSTILE)));
        }
    }

    /** The field holds exactly the string sent, and the raw body carries it as a JSON string literal. */
    private static void verbatim(Response response, String path, String expected) {
        response.then().statusCode(200).contentType(ContentType.JSON).body(path, equalTo(expected));
        try {
            assertThat(response.asString()).contains(JSON.writeValueAsString(expected));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertEscaped(String markup, String injected) {
        assertThat(markup).as("markup").contains(escapeXml(injected)).doesNotContain(injected)
                .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img");
    }

    private static String escapeXml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String create(SuiteServices.Service service, String token, String path, Map<String, ?> body) {
        return call(service, token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification call(SuiteServices.Service service, String token) {
        RequestSpecification request = given().baseUri(service.baseUri());
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String outboxText(SuiteServices.Service service, String expression, String eventType,
            String aggregateId) {
        try (Connection connection = DriverManager.getConnection(
                TestInfrastructure.postgres().jdbcUrl(service.database()), TestInfrastructure.postgres().username(),
                TestInfrastructure.postgres().password());
                PreparedStatement statement = connection.prepareStatement("SELECT " + expression
                        + " FROM outbox WHERE event_type = ? AND aggregate_id = ?")) {
            statement.setString(1, eventType);
            statement.setString(2, aggregateId);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as("%s for %s in the outbox", eventType, aggregateId).isTrue();
                return result.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
