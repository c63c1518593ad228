package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.events.Topics;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class CommitteeEventsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldPublishOneCommitteeUpsertedPerChange() throws Exception {
        String code = TestCommittees.create("Social- og Sundhedsudvalget");
        rename(code, "Sundhedsudvalget " + code);
        rename(code, "Sundhedsudvalget " + code);

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsFor(Set.of(code)).size() >= 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> unpublishedFor(Set.of(code)) == 0);

        List<JsonNode> events = eventsFor(Set.of(code));
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.get("type").asText()).containsOnly("CommitteeUpserted");
        assertThat(events).extracting(e -> e.at("/payload/name").asText())
                .containsExactly("Social- og Sundhedsudvalget " + code, "Sundhedsudvalget " + code);
        assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();
        assertThat(outboxRowsFor(Set.of(code))).isEqualTo(2);
    }

    @Test
    void shouldCommitWhileTheBrokerIsDownAndDeliverEveryEventAfterwards() throws Exception {
        List<String> codes = new ArrayList<>();
        TestInfrastructure.kafka().stop();
        try {
            for (int i = 0; i < 10; i++) {
                codes.add(TestCommittees.create("Udvalg under nedbrud"));
            }
            assertThat(unpublishedFor(Set.copyOf(codes))).isEqualTo(10);
        } finally {
            TestInfrastructure.kafka().start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> unpublishedFor(Set.copyOf(codes)) == 0);
        List<JsonNode> events = eventsFor(Set.copyOf(codes));
        assertThat(events).extracting(e -> e.get("aggregateId").asText())
                .containsExactlyInAnyOrderElementsOf(codes);
        assertThat(events).extracting(e -> e.get("id").asText()).doesNotHaveDuplicates();
    }

    private static void rename(String code, String name) {
        given().auth().oauth2(TestTokens.bearer("sekretær", Roles.SECRETARY)).contentType(ContentType.JSON)
                .body("{\"name\":\"%s\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}".formatted(name))
                .put("/committees/" + code)
                .then().statusCode(200);
    }

    private List<JsonNode> eventsFor(Set<String> codes) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (KafkaTestClient.Message message : KafkaTestClient.readAll(Topics.COMMITTEES,
                m -> codes.contains(m.key()))) {
            events.add(objectMapper.readTree(message.value()));
        }
        return events;
    }

    private long unpublishedFor(Set<String> codes) {
        return count("SELECT count(*) FROM outbox WHERE published_at IS NULL AND aggregate_id IN (:codes)", codes);
    }

    private long outboxRowsFor(Set<String> codes) {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id IN (:codes)", codes);
    }

    private long count(String sql, Set<String> codes) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("codes", codes.stream().collect(Collectors.toList()))
                .getSingleResult()).longValue());
    }
}
