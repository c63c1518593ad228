package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.ServiceProcess;

/** What the scale-out test checks once the load and the faults are over. */
final class ScaleOutChecks {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The follow-up's forecast in an outbox row, without trailing zeros. */
    private static final String FORECAST_IN_OUTBOX =
            "trim_scale((envelope -> 'payload' -> 'totals' ->> 'forecast')::numeric)::text";
    private static final String EVENT_ID = "radhus-event-id";

    private final ScaleOutLoad load;
    private final String bootstrapServers;
    private final ReadModelRows meetings;
    private final ReadModelRows budget;
    private final ReadModelRows strategy;
    private final ServiceProcess budgetService;

    ScaleOutChecks(ScaleOutLoad load, String bootstrapServers, ServiceProcess meetings, ServiceProcess budget,
            ServiceProcess strategy) {
        this.load = load;
        this.bootstrapServers = bootstrapServers;
        this.meetings = ReadModelRows.of(meetings);
        this.budget = ReadModelRows.of(budget);
        this.budgetService = budget;
        this.strategy = ReadModelRows.of(strategy);
    }

    /** Checks everything the load and the faults may have broken. */
    void verify() {
        verifyState();
        Map<String, List<Record>> committeeTopic = byKey(Topics.COMMITTEES);
        Map<String, List<Record>> strategyTopic = byKey(Topics.STRATEGY);
        Map<String, List<Record>> budgetTopic = byKey(Topics.BUDGET_FOLLOW_UPS);
        int duplicates = 0;
        for (String code : load.committees) {
            duplicates += checkAggregate(meetings, code, Topics.COMMITTEES, "envelope -> 'payload' ->> 'name'",
                    committeeTopic.get(code));
        }
        for (String initiative : load.initiatives) {
            duplicates += checkAggregate(strategy, initiative, Topics.STRATEGY, "envelope -> 'payload' ->> 'narrative'",
                    strategyTopic.get(initiative));
        }
        for (String followUp : followUpIds()) {
            duplicates += checkAggregate(budget, followUp, Topics.BUDGET_FOLLOW_UPS, FORECAST_IN_OUTBOX,
                    budgetTopic.get(followUp));
        }
        System.out.printf("Scale-out: every aggregate in commit order on its topic; %d records published twice%n",
                duplicates);
    }

    /**
     * The state without the topics: every outbox empty, nothing dead-lettered, every read model equal to the last
     * acknowledged values, and every event applied once by each consumer. Also after records were re-sent, which leave
     * old values last on the topics.
     */
    void verifyState() {
        for (ReadModelRows rows : List.of(meetings, budget, strategy)) {
            await().atMost(Duration.ofSeconds(120)).until(() -> rows.count(
                    "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0);
        }
        Map<String, List<String>> expected = expectedReadModels();
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                Map<String, List<String>> models = readModels();
                return expected.keySet().stream().allMatch(name -> models.get(name).equals(expected.get(name)));
            });
        } catch (ConditionTimeoutException e) {
            // Not converged: the assertions below name the dead-lettered events and the read model that differs.
        }
        assertThat(deadLettered()).as("records on the dead-letter topics").isEmpty();
        Map<String, List<String>> actual = readModels();
        expected.forEach((name, rows) -> assertThat(actual.get(name)).as(name).isEqualTo(rows));
        assertBudgetStatusEqualsSubmittedFigures();

        assertAppliedOnce(budget, "committee-directory", meetings.outboxEventIds("CommitteeUpserted", load.committees));
        assertAppliedOnce(strategy, "committee-directory", meetings.outboxEventIds("CommitteeUpserted",
                load.committees));
        assertAppliedOnce(meetings, "meetings-strategy", strategy.outboxEventIds("InitiativeStatusChanged",
                load.initiatives));
        assertAppliedOnce(meetings, "meetings-follow-ups", budget.outboxEventIds("FollowUpSubmitted", followUpIds()));
        assertAppliedOnce(strategy, "strategy-budget-status", budget.strings("SELECT id::text FROM outbox"
                + " WHERE topic = ?", Topics.BUDGET_FOLLOW_UPS).stream().map(UUID::fromString).toList());
    }

    /**
     * The read models this test compares, by name: the committees in all three services, meetings' initiative lights
     * and drafted follow-up items (how many per follow-up, and the forecast their text states), strategy's budget
     * status per committee, and every consumer's count of applied events.
     */
    Map<String, List<String>> readModels() {
        Map<String, List<String>> models = new LinkedHashMap<>();
        models.put("meetings' committees", committees(meetings));
        models.put("budget's committee read model", committees(budget));
        models.put("strategy's committee read model", committees(strategy));
        models.put("meetings' initiative lights", meetings.strings("SELECT initiative_id::text || '|' || narrative"
                + " FROM initiative_light WHERE initiative_id::text = ANY (?) ORDER BY initiative_id::text",
                load.initiatives));
        models.put("meetings' drafts per follow-up", meetings.strings("SELECT source_id || '|' || count(*)"
                + " FROM agenda_draft WHERE source_kind = 'BUDGET_FOLLOW_UP' AND source_id = ANY (?)"
                + " GROUP BY source_id ORDER BY source_id", followUpIds()));
        models.put("meetings' drafted items per follow-up, with the forecast they state", meetings.strings("""
                SELECT r.target_id || '|' || count(*) || '|'
                       || substring(min(s.body) FROM 'forventet regnskab på [0-9.]+ kr\\.')
                FROM item_reference r
                JOIN item_section s ON s.item_id = r.item_id AND s.type = 'CASE_PRESENTATION'
                WHERE r.kind = 'BUDGET_FOLLOW_UP' AND r.target_id = ANY (?)
                GROUP BY r.target_id ORDER BY r.target_id""", followUpIds()));
        models.put("strategy's budget status", strategy.strings("SELECT committee_code || '|' || follow_up_id || '|'"
                + " || trim_scale(forecast) FROM budget_status WHERE committee_code = ANY (?) ORDER BY committee_code",
                load.followUps.stream().map(ScaleOutFollowUps.FollowUp::committee).toList()));
        String applied = "SELECT consumer || '|' || count(*) FROM processed_event GROUP BY consumer ORDER BY consumer";
        models.put("events applied by meetings-service", meetings.strings(applied));
        models.put("events applied by budget-service", budget.strings(applied));
        models.put("events applied by strategy-service", strategy.strings(applied));
        return models;
    }

    /** What {@link #readModels()} must hold: the last acknowledged value of every aggregate. */
    private Map<String, List<String>> expectedReadModels() {
        List<String> committees = load.committees.stream().sorted().map(c -> c + "|" + load.latest(c)).toList();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("meetings' committees", committees);
        expected.put("budget's committee read model", committees);
        expected.put("strategy's committee read model", committees);
        expected.put("meetings' initiative lights", load.initiatives.stream().sorted()
                .map(i -> i + "|" + load.latest(i)).toList());
        expected.put("meetings' drafts per follow-up", followUpIds().stream().sorted().map(f -> f + "|1").toList());
        expected.put("meetings' drafted items per follow-up, with the forecast they state", followUpIds().stream()
                .sorted().map(f -> f + "|1|" + ScaleOutFollowUps.forecastInWords(load.latest(f))).toList());
        expected.put("strategy's budget status", load.followUps.stream()
                .sorted(Comparator.comparing(ScaleOutFollowUps.FollowUp::committee))
                .map(f -> f.committee() + "|" + f.id() + "|" + load.latest(f.id())).toList());
        return expected;
    }

    /**
     * Strategy's budget status per committee holds the figures budget-service shows for the follow-up, which are
     * those of its last submission (it is submitted, and figures change only in a draft).
     */
    private void assertBudgetStatusEqualsSubmittedFigures() {
        for (ScaleOutFollowUps.FollowUp followUp : load.followUps) {
            JsonNode shown = json(given().baseUri(budgetService.baseUri()).queryParam("unit", "DKK_THOUSANDS")
                    .get("/follow-ups/" + followUp.id()).then().statusCode(200).extract().asString());
            assertThat(shown.path("status").asText()).as(followUp.id()).isEqualTo("SUBMITTED");
            JsonNode totals = shown.path("totals");
            String submitted = String.join("|", followUp.id(), plain(totals.path("correctedBudget")),
                    plain(totals.path("spendToDate")), plain(totals.path("spendPercentage")),
                    plain(totals.path("forecast")), plain(totals.path("deviation")));
            assertThat(plain(totals.path("forecast"))).as("forecast of " + followUp.id())
                    .isEqualTo(load.latest(followUp.id()));
            assertThat(strategy.strings("SELECT follow_up_id || '|' || trim_scale(corrected_budget) || '|'"
                    + " || trim_scale(spend_to_date) || '|' || coalesce(trim_scale(spend_percentage)::text, 'null')"
                    + " || '|' || trim_scale(forecast) || '|' || trim_scale(forecast_deviation)"
                    + " FROM budget_status WHERE committee_code = ?", followUp.committee()))
                    .as("strategy's budget status of " + followUp.committee()).containsExactly(submitted);
        }
    }

    private List<String> followUpIds() {
        return load.followUps.stream().map(ScaleOutFollowUps.FollowUp::id).toList();
    }

    /**
     * The aggregate's events in its source's outbox hold every acknowledged write in acknowledgement order (none
     * lost); on the topic, each event's first record comes in outbox (commit) order, none is missing, and the last
     * record has the latest acknowledged value. Returns how many records repeat an event already on the topic (a relay
     * that died after sending, before marking). {@code value} is the SQL expression of the written value in an outbox
     * row.
     */
    private int checkAggregate(ReadModelRows source, String aggregate, String topic, String value,
            List<Record> records) {
        List<String> outboxValues = source.strings("SELECT " + value + " FROM outbox"
                + " WHERE aggregate_id = ? AND topic = ? ORDER BY seq", aggregate, topic);
        assertThat(isSubsequence(load.acknowledged(aggregate), outboxValues))
                .as("every acknowledged write of " + aggregate + " is in the outbox, in order").isTrue();
        List<String> outboxIds = source.strings("SELECT id::text FROM outbox WHERE aggregate_id = ? AND topic = ?"
                + " ORDER BY seq", aggregate, topic);
        LinkedHashSet<String> firstSeen = new LinkedHashSet<>();
        records.forEach(record -> firstSeen.add(record.eventId()));
        assertThat(new ArrayList<>(firstSeen)).as(aggregate + " on the topic, in commit order")
                .containsExactlyElementsOf(outboxIds);
        assertThat(records.get(records.size() - 1).value()).as("last record of " + aggregate + " on the topic")
                .isEqualTo(load.latest(aggregate));
        return records.size() - firstSeen.size();
    }

    /** The consumer applied each of these events; {@code processed_event} is keyed so that none counts twice. */
    private static void assertAppliedOnce(ReadModelRows consumerRows, String consumer, List<UUID> events) {
        assertThat(events).isNotEmpty();
        assertThat(consumerRows.processed(consumer, events)).as(consumer + " applied each event once")
                .isEqualTo(events.size());
    }

    private List<String> committees(ReadModelRows rows) {
        return rows.strings("SELECT code || '|' || name FROM committee WHERE code = ANY (?) ORDER BY code",
                load.committees);
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

    /** Each record on a dead-letter topic: the topic, the event type and the reason the consumer gave. */
    private List<String> deadLettered() {
        List<String> records = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (ConsumerRecord<byte[], byte[]> record : ScaleOutRedelivery.readAll(bootstrapServers,
                    Topics.deadLetter(topic))) {
                records.add(Topics.deadLetter(topic) + ": " + header(record, "radhus-event-type") + " ("
                        + header(record, "dead-letter-reason") + ")");
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Every record of the topic on the cluster, by key, in partition (so per-key) order. */
    private Map<String, List<Record>> byKey(String topic) {
        Map<String, List<Record>> records = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : ScaleOutRedelivery.readAll(bootstrapServers, topic)) {
            records.computeIfAbsent(new String(record.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
                    .add(new Record(header(record, EVENT_ID), payloadValue(new String(record.value(),
                            StandardCharsets.UTF_8))));
        }
        return records;
    }

    /** The committee's name, the initiative's narrative or the follow-up's forecast. */
    private static String payloadValue(String envelope) {
        JsonNode payload = json(envelope).path("payload");
        if (payload.has("totals")) {
            return plain(payload.path("totals").path("forecast"));
        }
        return payload.has("name") ? payload.path("name").asText() : payload.path("narrative").asText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An amount without trailing zeros, as PostgreSQL's {@code trim_scale} writes it; "null" for none. */
    private static String plain(JsonNode amount) {
        return amount.isNull() || amount.isMissingNode() ? "null"
                : amount.decimalValue().stripTrailingZeros().toPlainString();
    }
}
