package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dk.radhus.local.demo.DemoUser;
import dk.radhus.local.demo.KeycloakTokens;

/**
 * Starts the stack with {@code ./run-local.sh}, as the README says, uses it, stops it with SIGTERM and checks that
 * nothing is left running. Runs in CI (profile {@code local-stack}, active when {@code CI=true}) or with
 * {@code ./mvnw -B verify -pl local-launcher -Plocal-stack}.
 */
@Tag("local-stack")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalStackIT {

    private static final StackUnderTest STACK = new StackUnderTest();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<String> SERVICES = List.of("MEETINGS", "BUDGET", "STRATEGY");

    @BeforeAll
    static void startTheStack() throws IOException {
        STACK.start();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(STACK.process().isAlive()).as("run-local.sh exited:\n%s", STACK.console()).isTrue();
            assertThat(STACK.console()).as(STACK.console()).doesNotContain("FAILED");
            return STACK.console().contains("All healthy after");
        });
    }

    @AfterAll
    static void stopTheStackIfStillRunning() {
        if (STACK.process().isAlive()) {
            STACK.process().destroy();
        }
    }

    @Test
    @Order(1)
    void shouldReportEveryPartHealthy() throws Exception {
        for (String service : SERVICES) {
            assertThat(get(STACK.url(service) + "/q/health/ready").statusCode()).as(service).isEqualTo(200);
        }
        assertThat(get(STACK.url("KEYCLOAK") + "/realms/radhus/.well-known/openid-configuration").statusCode())
                .isEqualTo(200);
        assertThat(STACK.console()).contains("/q/swagger-ui", "dev-only-secretary", "client_id=radhus-cli");
    }

    @Test
    @Order(2)
    void shouldOpenAProtectedEndpointWithATokenFromKeycloakOnly() throws Exception {
        String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String committee = """
                {"code":"%s","name":"Testudvalget","kind":"POLITICAL_COMMITTEE"}""".formatted(code);

        assertThat(postCommittee(committee, null).statusCode()).isEqualTo(401);
        assertThat(postCommittee(committee, token(DemoUser.FINANCE)).statusCode()).isEqualTo(403);
        assertThat(postCommittee(committee, token(DemoUser.SECRETARY)).statusCode()).isEqualTo(201);
    }

    @Test
    @Order(3)
    void shouldHaveLoadedTheDemoCommitteesThroughTheApisAndKafka() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get(STACK.url("BUDGET") + "/committees/BEU").body()).contains("Borger- og Erhvervsudvalget"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                get(STACK.url("STRATEGY") + "/committees/DIR").body()).contains("DIRECTORATE"));
    }

    @Test
    @Order(4)
    void shouldLeaveNoProcessAndNoListeningPortWhenStoppedWithSigterm() {
        List<ProcessHandle> processes = STACK.processes();
        assertThat(processes).hasSizeGreaterThan(5);

        STACK.process().destroy();

        await().atMost(Duration.ofMinutes(2)).until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(STACK.console()).contains("Stopping ...").contains("postgres           stopped");
        for (var port : STACK.ports.entrySet()) {
            assertThat(StackUnderTest.isListening(port.getValue())).as(port.getKey() + " port").isFalse();
        }
        assertThat(STACK.directory.resolve("run").toFile().list((dir, name) -> name.endsWith(".pid"))).isEmpty();
    }

    private static HttpResponse<String> postCommittee(String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(STACK.url("MEETINGS") + "/committees"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String token(DemoUser user) {
        return new KeycloakTokens(STACK.url("KEYCLOAK") + "/realms/radhus/protocol/openid-connect/token")
                .accessToken(user);
    }
}
