package dk.radhus.strategy;

import static dk.radhus.strategy.Api.ADMIN;
import static dk.radhus.strategy.Api.DIRECTOR;
import static dk.radhus.strategy.Api.EDITOR;
import static dk.radhus.strategy.Api.FINANCE;
import static dk.radhus.strategy.Api.SECRETARY;
import static dk.radhus.strategy.Api.as;
import static dk.radhus.strategy.Api.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.AuditLogChecks;
import dk.radhus.testing.RadhusTestResources;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** strategy-service writes the platform's audit log: before and after, the request or event, append-only, chained. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "strategy"))
class StrategyAuditTest {

    @Inject
    DataSource dataSource;

    @Test
    void shouldAuditAPolicyAdoptionWithBeforeAndAfterAndTheRequestId() {
        String policy = Api.createPolicy(unique("Revision"));
        String requestId = "adopt-" + policy;
        as(DIRECTOR).header("X-Request-Id", requestId)
                .body(Map.of("decision", "Vedtaget af byrådet", "adoptedOn", "2019-01-28", "caseNumber", "18/1"))
                .put("/policies/" + policy + "/adoption").then().statusCode(200).header("X-Request-Id", requestId);

        JsonPath entry = AuditLogChecks.newestEntry(DIRECTOR, "Policy", policy);
        assertThat(entry.getString("actor")).isEqualTo("lars.direktion");
        assertThat(entry.getString("action")).isEqualTo("policy.adopted");
        assertThat(entry.getString("before.adoptedOn")).isNull();
        assertThat(entry.getString("before.title")).startsWith("Revision");
        assertThat(entry.getString("after.adoptedOn")).isEqualTo("2019-01-28");
        assertThat(entry.getString("after.adoptedByDecision")).isEqualTo("Vedtaget af byrådet");
        assertThat(entry.getString("requestId")).isEqualTo(requestId);
    }

    @Test
    void shouldAuditADecisionFromAnEventAsThatEvent() {
        String policy = Api.createPolicy(unique("Handlingsplan"));
        UUID item = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        Events.send(Topics.MEETING_DECISIONS, item.toString(), Events.decision(event, item, "ACTION_PLAN", policy,
                "APPROVED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                AuditLogChecks.newestEntry(ADMIN, "Policy", policy).getString("action")).isEqualTo("decision.recorded"));
        JsonPath entry = AuditLogChecks.newestEntry(ADMIN, "Policy", policy);
        assertThat(entry.getString("actor")).isEqualTo("event DecisionRecorded " + event);
        assertThat(entry.getString("after.outcome")).isEqualTo("APPROVED");
        assertThat(entry.getString("after.itemId")).isEqualTo(item.toString());
        assertThat(entry.getString("requestId")).isNull();
    }

    @Test
    void shouldRefuseToUpdateOrDeleteAuditRows() throws Exception {
        Api.createPolicy(unique("Uforanderlig"));
        AuditLogChecks.assertUpdateAndDeleteRefused(dataSource);
    }

    @Test
    void shouldNameAnEditedRowWhenVerifyingTheChain() throws Exception {
        Api.createPolicy(unique("Kæde"));
        AuditLogChecks.assertEditedRowIsReported(dataSource, ADMIN);
    }

    @Test
    void shouldLetAdminAndDirectorReadTheAuditLogAndNobodyElse() {
        for (String path : new String[] { "/audit", "/audit/verify" }) {
            given().get(path).then().statusCode(401);
            for (String other : new String[] { EDITOR, SECRETARY, FINANCE }) {
                given().auth().oauth2(other).get(path).then().statusCode(403);
            }
            given().auth().oauth2(DIRECTOR).get(path).then().statusCode(200);
            given().auth().oauth2(ADMIN).get(path).then().statusCode(200);
        }
    }
}
