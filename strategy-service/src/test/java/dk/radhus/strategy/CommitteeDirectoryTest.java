package dk.radhus.strategy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The committee directory (module {@code committee-directory}, a library without an application of its own) as it runs
 * inside strategy-service: the read model follows CommitteeUpserted events, applies each event once and never an
 * older one over a newer one, and dead-letters what it cannot read. Tested here, in a service's Quarkus application,
 * rather than in an application of its own, which cost the build a PostgreSQL, a broker and a Quarkus start of its
 * own on the way to budget- and strategy-service.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class,
        initArgs = @ResourceArg(name = "database", value = "strategy"))
class CommitteeDirectoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldKeepCommitteeFromItsEvent() {
        String code = newCode();
        publish(UUID.randomUUID(), code, "Borger- og Erhvervsudvalget", Instant.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/committees/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Borger- og Erhvervsudvalget"))
                .body("kind", equalTo("POLITICAL_COMMITTEE")));
    }

    @Test
    void shouldApplyTheSameEventOnlyOnce() {
        String code = newCode();
        UUID first = UUID.randomUUID();
        Instant t0 = Instant.now();
        double duplicatesBefore = duplicatesSkipped();

        publish(first, code, "Økonomiudvalget", t0);
        publish(first, code, "Økonomiudvalget", t0);
        publish(UUID.randomUUID(), code, "Økonomi- og Planudvalget", t0.plusSeconds(1));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/committees/" + code)
                .then().statusCode(200).body("name", equalTo("Økonomi- og Planudvalget")));
        assertThat(timesProcessed(first)).isEqualTo(1);
        assertThat(duplicatesSkipped() - duplicatesBefore).isEqualTo(1.0);
    }

    @Test
    void shouldNotLetAnOlderEventOverwriteANewerOne() {
        String code = newCode();
        Instant now = Instant.now();
        UUID older = UUID.randomUUID();
        publish(UUID.randomUUID(), code, "Nyt navn", now);
        publish(older, code, "Gammelt navn", now.minusSeconds(60));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesProcessed(older) == 1);
        given().get("/committees/" + code).then().statusCode(200).body("name", equalTo("Nyt navn"));
    }

    @Test
    void shouldDeadLetterAnUnparseableMessageAndProcessTheNextOne() {
        String code = newCode();
        String garbage = "not an event " + code;
        KafkaTestClient.send(Topics.COMMITTEES, code, garbage);
        publish(UUID.randomUUID(), code, "Teknik- og Miljøudvalget", Instant.now());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/committees/" + code)
                .then().statusCode(200).body("name", equalTo("Teknik- og Miljøudvalget")));
        List<KafkaTestClient.Message> dead = deadLettered(garbage);
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).header("dead-letter-reason")).startsWith("Not an event envelope");
    }

    @Test
    void shouldDeadLetterAnUnknownEventType() {
        String code = newCode();
        String unknown = TestEvents.envelope("CommitteeDissolved", "Committee", code, "{\"code\":\"" + code + "\"}");
        KafkaTestClient.send(Topics.COMMITTEES, code, unknown);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(unknown).size() == 1);
        assertThat(deadLettered(unknown).get(0).header("dead-letter-reason"))
                .isEqualTo("Unknown event type CommitteeDissolved");
        given().get("/committees/" + code).then().statusCode(404);
    }

    @Test
    void shouldDeadLetterAnEventWithAnInvalidPayload() {
        String code = newCode();
        String invalid = TestEvents.envelope("CommitteeUpserted", "Committee", code,
                "{\"code\":\"" + code + "\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}");
        KafkaTestClient.send(Topics.COMMITTEES, code, invalid);

        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(invalid).size() == 1);
        assertThat(deadLettered(invalid).get(0).header("dead-letter-reason")).contains("name");
        given().get("/committees/" + code).then().statusCode(404);
    }

    private static void publish(UUID id, String code, String name, Instant occurredAt) {
        KafkaTestClient.send(Topics.COMMITTEES, code, TestEvents.envelope(id, "CommitteeUpserted", "Committee", code,
                occurredAt, "{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}"
                        .formatted(code, name)));
    }

    private static List<KafkaTestClient.Message> deadLettered(String value) {
        return KafkaTestClient.readAll(Topics.deadLetter(Topics.COMMITTEES), m -> value.equals(m.value()));
    }

    private static String newCode() {
        return "C" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase();
    }

    private long timesProcessed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static double duplicatesSkipped() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("radhus_events_duplicates_total{") && l.contains("committee-directory"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
