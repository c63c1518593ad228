package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.ServiceProcess;

/**
 * Every service's {@code /q/metrics} carries what operations watch: the outbox backlog and its oldest age, events
 * processed and duplicates ignored per consumer, and the Kafka consumer lag per consumed topic and partition (Kafka
 * client metrics through Micrometer). The counters move with the traffic; the dead-letter counters are proven in
 * {@link PoisonMessageIT}, the backlog in {@link BrokerOutageIT}.
 */
class MetricsIT {

    private static final Map<String, List<String>> CONSUMED = Map.of(
            "meetings-service", List.of(Topics.BUDGET_FOLLOW_UPS, Topics.STRATEGY),
            "budget-service", List.of(Topics.COMMITTEES, Topics.MEETING_DECISIONS),
            "strategy-service", List.of(Topics.COMMITTEES, Topics.MEETING_DECISIONS, Topics.BUDGET_FOLLOW_UPS));

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);

    @Test
    void shouldExposeTheOutboxAndTheConsumerLagOfEveryConsumedTopic() {
        eventOnEveryTopic();
        for (ServiceProcess service : suite.all()) {
            Metrics metrics = Metrics.of(service);
            assertThat(metrics.has("radhus_outbox_backlog", Map.of())).as(service.module()).isTrue();
            assertThat(metrics.has("radhus_outbox_oldest_age_seconds", Map.of())).as(service.module()).isTrue();
            for (String topic : CONSUMED.get(service.module())) {
                await().atMost(Suite.KAFKA_METRICS_REFRESH.plusSeconds(30)).untilAsserted(() -> assertThat(Metrics.of(service)
                        .samples("kafka_consumer_fetch_manager_records_lag", Map.of("topic", topic)))
                        .as(service.module() + " lag on " + topic).isNotEmpty()
                        .allSatisfy(s -> assertThat(s.labels()).containsKeys("partition", "client_id"))
                        .anySatisfy(s -> assertThat(s.value()).isNotNaN().isNotNegative()));
            }
        }
    }

    /**
     * Kafka reports a partition's lag once the consumer has fetched from it: one event on each topic, through the
     * APIs, each applied by every consumer of its topic.
     */
    private void eventOnEveryTopic() {
        AppropriationFixture fixture = new AppropriationFixture(suite, 1, 2075);
        String followUp = fixture.submittedFollowUp(2075, 1);
        String meeting = fixture.meeting("2025-11-01T17:00:00");
        String item = meetings.addItem(meeting, Meetings.item(1, "Budgetopfølgning", "25/1", "1",
                "Administrationen indstiller, at budgetopfølgningen godkendes.",
                List.of(Meetings.reference("BUDGET_FOLLOW_UP", followUp))));
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        meetings.decide(meeting, item, "Godkendt.", "APPROVED");
        Strategy strategy = new Strategy(suite);
        String goal = strategy.goal(strategy.focusArea(strategy.policy("Vækstpolitik " + fixture.committee), "Byudvikling"),
                "Attraktive byer");
        String initiative = strategy.initiative(goal, fixture.committee, "Byomdannelse", "GREEN", "Godt i gang",
                "2019-11-01");

        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions",
                ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", List.of(item)));
        List<UUID> submitted = ReadModelRows.of(suite.budget).outboxEventIds("FollowUpSubmitted", List.of(followUp));
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-budget-status", submitted);
        ReadModelRows.of(suite.meetings).awaitProcessed("meetings-follow-ups", submitted);
        ReadModelRows.of(suite.meetings).awaitProcessed("meetings-strategy",
                ReadModelRows.of(suite.strategy).outboxEventIds("InitiativeStatusChanged", List.of(initiative)));
    }

    @Test
    void shouldCountAnAppliedEventAsProcessedAndItsRedeliveryAsADuplicate() {
        Map<String, String> committees = Map.of("consumer", "committee-directory", "topic", Topics.COMMITTEES,
                "type", "CommitteeUpserted");
        List<ServiceProcess> readers = List.of(suite.budget, suite.strategy);
        Map<ServiceProcess, Metrics> before = Map.of(suite.budget, Metrics.of(suite.budget),
                suite.strategy, Metrics.of(suite.strategy));
        String code = Meetings.uniqueCode("M");

        meetings.committee(code, "Udvalg " + code, "POLITICAL_COMMITTEE");
        for (ServiceProcess reader : readers) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Metrics.of(reader)
                    .sum("radhus_events_processed_total", committees)
                    >= before.get(reader).sum("radhus_events_processed_total", committees) + 1);
        }
        KafkaTestClient.Message event = KafkaTestClient.readAll(Topics.COMMITTEES, m -> code.equals(m.key())).get(0);
        KafkaTestClient.send(Topics.COMMITTEES, code, event.value());

        for (ServiceProcess reader : readers) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Metrics.of(reader)
                    .sum("radhus_events_duplicates_total", committees)
                    == before.get(reader).sum("radhus_events_duplicates_total", committees) + 1);
            assertThat(ReadModelRows.of(reader).processedCommitteeEventsFor(List.of(code))).isEqualTo(1);
        }
    }
}
