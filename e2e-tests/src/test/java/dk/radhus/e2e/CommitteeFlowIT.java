package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.TestTokens;
import dk.radhus.testing.ServiceProcess;
import io.restassured.http.ContentType;

/** Committees created in meetings-service reach the read models of budget-service and strategy-service. */
class CommitteeFlowIT {

    private final Suite suite = Suite.get();

    @Test
    void shouldStartEveryServiceFromItsJarAndReportReady() {
        Readiness.awaitUp(suite.all(), Duration.ofSeconds(120));
        for (ServiceProcess service : suite.all()) {
            given().baseUri(service.managementBaseUri()).get("/q/health/ready")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItem("Database connections health check"))
                    .body("checks.name", not(hasItem("outbox")));
            given().baseUri(service.managementBaseUri()).get("/q/health/group/messaging")
                    .then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("outbox", "kafka"));
        }
    }

    @Test
    void shouldReplicateACreatedAndRenamedCommitteeToBudgetAndStrategy() {
        String code = newCode();
        createCommittee(code, "Borger- og Erhvervsudvalget " + code);
        awaitCommitteeEverywhere(code, "Borger- og Erhvervsudvalget " + code);

        given().baseUri(suite.meetings.baseUri()).auth().oauth2(secretary()).contentType(ContentType.JSON)
                .body("{\"name\":\"Erhvervsudvalget %s\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":false}"
                        .formatted(code))
                .put("/committees/" + code)
                .then().statusCode(200);
        awaitCommitteeEverywhere(code, "Erhvervsudvalget " + code);
        for (ServiceProcess reader : List.of(suite.budget, suite.strategy)) {
            given().baseUri(reader.baseUri()).get("/committees/" + code).then().body("active", equalTo(false));
        }
    }

    @Test
    void shouldDeliverCommitteesCreatedWhileKafkaWasDownOnceItReturns() {
        List<String> codes = new ArrayList<>();
        TestInfrastructure.kafka().stop();
        try {
            for (int i = 0; i < 5; i++) {
                String code = newCode();
                createCommittee(code, "Udvalg " + code);
                codes.add(code);
            }
        } finally {
            TestInfrastructure.kafka().start();
        }
        for (String code : codes) {
            awaitCommitteeEverywhere(code, "Udvalg " + code);
        }
        for (ServiceProcess reader : List.of(suite.budget, suite.strategy)) {
            ReadModelRows rows = ReadModelRows.of(reader);
            org.assertj.core.api.Assertions.assertThat(rows.committeesWithCodes(codes)).isEqualTo(codes.size());
            org.assertj.core.api.Assertions.assertThat(rows.processedCommitteeEventsFor(codes))
                    .as("each committee's event applied exactly once").isEqualTo(codes.size());
        }
    }

    private void createCommittee(String code, String name) {
        given().baseUri(suite.meetings.baseUri()).auth().oauth2(secretary()).contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"POLITICAL_COMMITTEE\"}".formatted(code, name))
                .post("/committees")
                .then().statusCode(201);
    }

    private void awaitCommitteeEverywhere(String code, String name) {
        for (ServiceProcess reader : List.of(suite.budget, suite.strategy)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(reader.baseUri())
                    .get("/committees/" + code).then().statusCode(200).body("name", equalTo(name)));
        }
    }

    private static String secretary() {
        return TestTokens.bearer("sekretær", Roles.SECRETARY);
    }

    private static String newCode() {
        return "E" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }
}
