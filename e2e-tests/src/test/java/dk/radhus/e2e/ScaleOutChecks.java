package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.ServiceProcess;

/** What the scale-out test checks once the load and the faults are over. */
final class ScaleOutChecks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_ID = "radhus-event-id";

    private final ScaleOutLoad load;
    private final String bootstrapServers;
    private final ReadModelRows meetings;
    private final ReadModelRows budget;
    private final ReadModelRows strategy;

    ScaleOutChecks(ScaleOutLoad load, String bootstrapServers, ServiceProcess meetings, ServiceProcess budget,
            ServiceProcess strategy) {
        this.load = load;
        this.bootstrapServers = bootstrapServers;
        this.meetings = ReadModelRows.of(meetings);
        this.budget = ReadModelRows.of(budget);
        this.strategy = ReadModelRows.of(strategy);
    }

    void verify() {
        for (ReadModelRows rows : List.of(meetings, budget, strategy)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> rows.count(
                    "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0);
        }
        List<String> expectedCommittees = load.committees.stream().sorted().map(c -> c + "|" + load.latest(c)).toList();
        List<String> expectedLights = load.initiatives.stream().sorted().map(i -> i + "|" + load.latest(i)).toList();
        await().atMost(Duration.ofSeconds(120)).until(() -> committees(budget).equals(expectedCommittees)
                && committees(strategy).equals(expectedCommittees) && lights().equals(expectedLights));

        assertThat(committees(meetings)).as("meetings' committees are the last acknowledged names")
                .isEqualTo(expectedCommittees);
        assertThat(committees(budget)).as("budget's committee read model").isEqualTo(expectedCommittees);
        assertThat(committees(strategy)).as("strategy's committee read model").isEqualTo(expectedCommittees);
        assertThat(lights()).as("meetings' initiative read model").isEqualTo(expectedLights);

        Map<String, List<Record>> committeeTopic = byKey(Topics.COMMITTEES);
        Map<String, List<Record>> strategyTopic = byKey(Topics.STRATEGY);
        int duplicates = 0;
        for (String code : load.committees) {
            duplicates += checkAggregate(meetings, code, Topics.COMMITTEES, "name", committeeTopic.get(code));
            List<Record> records = committeeTopic.get(code);
            assertThat(records.get(records.size() - 1).value()).as("last record of " + code + " on the topic")
                    .isEqualTo(load.latest(code));
        }
        for (String initiative : load.initiatives) {
            duplicates += checkAggregate(strategy, initiative, Topics.STRATEGY, "narrative",
                    strategyTopic.get(initiative));
        }
        System.out.printf("Scale-out: every aggregate in commit order on its topic; %d records published twice%n",
                duplicates);

        assertAppliedOnce(budget, "committee-directory", meetings, "CommitteeUpserted");
        assertAppliedOnce(strategy, "committee-directory", meetings, "CommitteeUpserted");
        assertAppliedOnce(meetings, "meetings-strategy", strategy, "InitiativeStatusChanged");
    }

    /**
     * The aggregate's events in its source's outbox hold every acknowledged write in acknowledgement order (none
     * lost); on the topic, each event's first record comes in outbox (commit) order, and none is missing. Returns how
     * many records repeat an event already on the topic (a relay that died after sending, before marking).
     */
    private int checkAggregate(ReadModelRows source, String aggregate, String topic, String field,
            List<Record> records) {
        List<String> outboxValues = source.strings("SELECT envelope -> 'payload' ->> '" + field + "' FROM outbox"
                + " WHERE aggregate_id = ? AND topic = ? ORDER BY seq", aggregate, topic);
        assertThat(isSubsequence(load.acknowledged(aggregate), outboxValues))
                .as("every acknowledged write of " + aggregate + " is in the outbox, in order").isTrue();
        List<String> outboxIds = source.strings("SELECT id::text FROM outbox WHERE aggregate_id = ? AND topic = ?"
                + " ORDER BY seq", aggregate, topic);
        LinkedHashSet<String> firstSeen = new LinkedHashSet<>();
        records.forEach(record -> firstSeen.add(record.eventId()));
        assertThat(new ArrayList<>(firstSeen)).as(aggregate + " on the topic, in commit order")
                .containsExactlyElementsOf(outboxIds);
        return records.size() - firstSeen.size();
    }

    private void assertAppliedOnce(ReadModelRows consumerRows, String consumer, ReadModelRows source, String type) {
        List<String> aggregates = new ArrayList<>(type.equals("CommitteeUpserted") ? load.committees : load.initiatives);
        List<UUID> events = source.outboxEventIds(type, aggregates);
        assertThat(consumerRows.processed(consumer, events)).as(consumer + " applied each " + type + " once")
                .isEqualTo(events.size());
    }

    private List<String> committees(ReadModelRows rows) {
        return rows.strings("SELECT code || '|' || name FROM committee WHERE code = ANY (?) ORDER BY code",
                load.committees);
    }

    private List<String> lights() {
        return meetings.strings("SELECT initiative_id::text || '|' || narrative FROM initiative_light"
                + " WHERE initiative_id::text = ANY (?) ORDER BY initiative_id::text", load.initiatives);
    }

    private static boolean isSubsequence(List<String> wanted, List<String> in) {
        int found = 0;
        for (String value : in) {
            if (found < wanted.size() && wanted.get(found).equals(value)) {
                found++;
            }
        }
        return found == wanted.size();
    }

    private record Record(String eventId, String value) {
    }

    /** Every record of the topic on the cluster, by key, in partition (so per-key) order. */
    private Map<String, List<Record>> byKey(String topic) {
        Map<String, List<Record>> records = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("Could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader(EVENT_ID);
                    records.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(new Record(
                            new String(id.value(), StandardCharsets.UTF_8), payloadValue(record.value())));
                }
            }
        }
        return records;
    }

    /** The committee's name or the initiative's narrative. */
    private static String payloadValue(String envelope) {
        try {
            var payload = JSON.readTree(envelope).path("payload");
            return payload.has("name") ? payload.path("name").asText() : payload.path("narrative").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
