package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/** Each change publishes exactly one event through the outbox; public events never carry closed content. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class MeetingEventsTest {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldPublishOneAgendaPublishedAndOneMinutesApprovedWithOnlyThePublicProjection() throws Exception {
        String marker = "Hemmeligt" + TestData.uniqueCode();
        String meeting = TestData.meeting(TestData.committee());
        String open = TestData.addItem(meeting, TestData.item(1, "Vækstregnskab 2019", "OPEN"));
        String closed = TestData.addItem(meeting, closedItem(2, marker));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, open, "Godkendt.", "APPROVED");
        TestData.decide(meeting, closed, "Afvist " + marker, "REJECTED");
        TestData.transition(meeting, "MINUTES_APPROVED");

        List<String> published = awaitAll(Topics.MEETINGS_PUBLIC, Set.of(meeting), 2);
        assertThat(published).hasSize(2).noneMatch(value -> value.contains(marker));
        JsonNode agenda = objectMapper.readTree(published.get(0));
        JsonNode minutes = objectMapper.readTree(published.get(1));
        assertThat(agenda.get("type").asText()).isEqualTo("AgendaPublished");
        assertThat(agenda.at("/payload/items/0/title").asText()).isEqualTo("Vækstregnskab 2019");
        assertThat(agenda.at("/payload/items/1/title").asText()).isEqualTo("Lukket punkt");
        assertThat(agenda.at("/payload/items/1/closed").asBoolean()).isTrue();
        assertThat(agenda.at("/payload/items/1/caseNumber").isNull()).isTrue();
        assertThat(agenda.at("/payload/items/0/decisionText").isNull()).isTrue();
        assertThat(minutes.get("type").asText()).isEqualTo("MinutesApproved");
        assertThat(minutes.at("/payload/items/0/decisionText").asText()).isEqualTo("Godkendt.");
        assertThat(minutes.at("/payload/items/0/outcome").asText()).isEqualTo("APPROVED");
        assertThat(minutes.at("/payload/items/1/decisionText").isNull()).isTrue();
        assertThat(minutes.at("/payload/items/1/outcome").isNull()).isTrue();
        assertThat(outboxRows(Set.of(meeting))).isEqualTo(2);
    }

    @Test
    void shouldPublishOneDecisionRecordedPerChangeWithAGrowingItemVersionAndTheVisibility() throws Exception {
        String marker = "Fortroligt" + TestData.uniqueCode();
        String meeting = TestData.meeting(TestData.committee());
        String open = TestData.addItem(meeting, TestData.item(1, "Budgetopfølgning", "OPEN"));
        String closed = TestData.addItem(meeting, closedItem(2, marker));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.decide(meeting, open, "Godkendt.", "APPROVED");
        TestData.decide(meeting, open, "Godkendt.", "APPROVED");
        TestData.decide(meeting, open, "Godkendt med de faldne bemærkninger.", "APPROVED_WITH_REMARKS");
        TestData.decide(meeting, closed, "Udsat " + marker, "POSTPONED");

        List<String> openEvents = awaitAll(Topics.MEETING_DECISIONS, Set.of(open), 2);
        List<String> closedEvents = awaitAll(Topics.MEETING_DECISIONS, Set.of(closed), 1);
        assertThat(openEvents).hasSize(2);
        assertThat(closedEvents).hasSize(1);
        JsonNode first = objectMapper.readTree(openEvents.get(0)).get("payload");
        JsonNode second = objectMapper.readTree(openEvents.get(1)).get("payload");
        assertThat(first.get("outcome").asText()).isEqualTo("APPROVED");
        assertThat(second.get("outcome").asText()).isEqualTo("APPROVED_WITH_REMARKS");
        assertThat(second.get("meetingId").asText()).isEqualTo(meeting);
        assertThat(second.get("itemNumber").asInt()).isEqualTo(1);
        assertThat(second.get("caseNumber").asText()).isEqualTo("11/1");
        assertThat(second.get("meetingDate").asText()).isEqualTo("2031-05-11");
        assertThat(first.get("itemVersion").asLong()).isEqualTo(1);
        assertThat(second.get("itemVersion").asLong()).isEqualTo(2);
        assertThat(second.at("/visibility/closed").asBoolean()).isFalse();
        assertThat(second.at("/visibility/decisionPublic").asBoolean()).isFalse();
        assertThat(second.at("/references/0/kind").asText()).isEqualTo("BUDGET_FOLLOW_UP");
        JsonNode confidential = objectMapper.readTree(closedEvents.get(0)).get("payload");
        assertThat(confidential.at("/visibility/closed").asBoolean()).isTrue();
        assertThat(KafkaTestClient.readAll(Topics.MEETINGS_PUBLIC, m -> true))
                .noneMatch(m -> m.value().contains(marker));
    }

    private static Map<String, Object> closedItem(int number, String marker) {
        Map<String, Object> item = new HashMap<>(TestData.item(number, "Personalesag " + marker, "CLOSED"));
        item.put("caseNumber", marker);
        item.put("references", List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", UUID.randomUUID().toString())));
        return item;
    }

    private List<String> awaitAll(String topic, Set<String> keys, int expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> read(topic, keys).size() >= expected);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(keys) == 0);
        return read(topic, keys);
    }

    private static List<String> read(String topic, Set<String> keys) {
        List<String> values = new ArrayList<>();
        KafkaTestClient.readAll(topic, m -> keys.contains(m.key())).forEach(m -> values.add(m.value()));
        return values;
    }

    private long unpublished(Set<String> keys) {
        return count("SELECT count(*) FROM outbox WHERE published_at IS NULL AND aggregate_id IN (:keys)", keys);
    }

    private long outboxRows(Set<String> keys) {
        return count("SELECT count(*) FROM outbox WHERE aggregate_id IN (:keys)", keys);
    }

    private long count(String sql, Set<String> keys) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("keys", List.copyOf(keys)).getSingleResult()).longValue());
    }
}
