package dk.radhus.budget;

import static dk.radhus.budget.BudgetFixtures.YEAR;
import static dk.radhus.budget.BudgetFixtures.director;
import static dk.radhus.budget.BudgetFixtures.finance;
import static dk.radhus.budget.BudgetFixtures.secretary;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.AuditLogChecks;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** budget-service writes the platform's audit log: before and after, the request or event, append-only, chained. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "budget"))
class BudgetAuditTest {

    private static final String ADMIN = TestTokens.bearer("admin-user", Roles.ADMIN);

    @Inject
    DataSource dataSource;

    @Test
    void shouldAuditClosingAFiscalYearWithBeforeAndAfterAndTheRequestId() {
        int year = BudgetFixtures.privateYear();
        String requestId = "close-" + year;
        given().auth().oauth2(finance()).header("X-Request-Id", requestId).post("/fiscal-years/" + year + "/close")
                .then().statusCode(200).header("X-Request-Id", requestId);

        JsonPath entry = AuditLogChecks.newestEntry(director(), "FiscalYear", Integer.toString(year));
        assertThat(entry.getString("actor")).isEqualTo("finance-user");
        assertThat(entry.getString("action")).isEqualTo("fiscal-year.closed");
        assertThat(entry.getString("before.status")).isEqualTo("OPEN");
        assertThat(entry.getString("after.status")).isEqualTo("CLOSED");
        assertThat(entry.getString("requestId")).isEqualTo(requestId);
    }

    @Test
    void shouldAuditAChangedFollowUpLineWithItsFiguresBeforeAndAfter() {
        BudgetFixtures.openYear(YEAR);
        String committee = BudgetFixtures.committee();
        String area = BudgetFixtures.policyArea(committee);
        String followUp = BudgetFixtures.followUp(committee, YEAR, 1, YEAR + "-03-31");
        BudgetFixtures.line(followUp, area, "100", "0", "400");
        BudgetFixtures.line(followUp, area, "120", "0", "410");
        String line = given().auth().oauth2(finance()).get("/follow-ups/" + followUp).then().statusCode(200)
                .extract().path("lines[0].appropriationRequestId");

        JsonPath entry = AuditLogChecks.newestEntry(ADMIN, "FollowUpLine", line);
        assertThat(entry.getString("action")).isEqualTo("follow-up.line");
        assertThat(entry.getDouble("before.spendToDateKroner")).isEqualTo(100_000.0);
        assertThat(entry.getDouble("after.spendToDateKroner")).isEqualTo(120_000.0);
        assertThat(entry.getDouble("after.forecastKroner")).isEqualTo(410_000.0);
    }

    @Test
    void shouldAuditADecisionFromAnEventAsThatEvent() {
        BudgetFixtures.SubmittedRequest submitted = BudgetFixtures.submittedFollowUpWithARequest();
        UUID event = new ItemEvents(submitted.committee(), YEAR).decision(1, "APPROVED", false, true,
                "BUDGET_FOLLOW_UP", submitted.followUp());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(AuditLogChecks
                .newestEntry(director(), "FollowUp", submitted.followUp()).getString("action"))
                .isEqualTo("follow-up.decided"));
        JsonPath entry = AuditLogChecks.newestEntry(director(), "FollowUp", submitted.followUp());
        assertThat(entry.getString("actor")).isEqualTo("event DecisionRecorded " + event);
        assertThat(entry.getString("before.status")).isEqualTo("SUBMITTED");
        assertThat(entry.getString("after.status")).isEqualTo("APPROVED");
        assertThat(entry.getString("requestId")).isNull();
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAuditRows() throws Exception {
        BudgetFixtures.privateYear();
        AuditLogChecks.assertUpdateAndDeleteRefused(dataSource);
    }

    @Test
    void shouldNameAnEditedRowWhenVerifyingTheChain() throws Exception {
        BudgetFixtures.privateYear();
        AuditLogChecks.assertEditedRowIsReported(dataSource, ADMIN);
    }

    @Test
    void shouldLetAdminAndDirectorReadTheAuditLogAndNobodyElse() {
        for (String path : new String[] { "/audit", "/audit/verify" }) {
            given().get(path).then().statusCode(401);
            given().auth().oauth2(finance()).get(path).then().statusCode(403);
            given().auth().oauth2(secretary()).get(path).then().statusCode(403);
            given().auth().oauth2(director()).get(path).then().statusCode(200);
            given().auth().oauth2(ADMIN).get(path).then().statusCode(200);
        }
    }
}
