package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.ServiceProcess;

/**
 * Two replicas of meetings-service on one database, so two outbox relays: interleaved renames of one committee
 * through both at the same time reach the compacted committee topic in the order they were committed, and its last
 * record is the name the committee has (issue 16). With a relay per replica locking batches with SKIP LOCKED, as before
 * {@code cd1b5ae}, the replicas published different batches at the same time and the topic's order could differ from
 * the commits'. Part of {@link ScaleOutIT}, which has the two replicas (until the scale-out test joined the suite this was
 * {@code RelayOrderIT}, which started a second replica beside the suite's).
 */
final class RelayOrder {

    private static final int RENAMES_PER_REPLICA = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RelayOrder() {
    }

    /** Renames a new committee 60 times through each replica at once; checks the topic against the commits. */
    static void verify(List<ServiceProcess> replicas, String bootstrapServers) throws Exception {
        ServiceProcess first = replicas.get(0);
        String code = Meetings.uniqueCode("RO");
        given().baseUri(first.baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Udvalg 0", "kind", "POLITICAL_COMMITTEE"))
                .post("/committees").then().statusCode(201);

        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> rename(replicas.get(0), code, "A"));
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> rename(replicas.get(1), code, "B"));
        CompletableFuture.allOf(one, other).get();

        ReadModelRows outbox = ReadModelRows.of(first);
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.count(
                "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND published_at IS NULL", code) == 0);
        List<String> committed = outbox.strings("SELECT envelope -> 'payload' ->> 'name' FROM outbox"
                + " WHERE aggregate_id = ? ORDER BY seq", code);
        assertThat(committed).hasSize(2 * RENAMES_PER_REPLICA + 1);
        String current = given().baseUri(first.baseUri()).get("/committees/" + code).then().statusCode(200)
                .extract().path("name");
        assertThat(committed.get(committed.size() - 1)).as("the last event written is the committee's name")
                .isEqualTo(current);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> published(bootstrapServers, code).size() >= committed.size());
        List<String> published = published(bootstrapServers, code);
        assertThat(published).as("the committee topic, in order").containsExactlyElementsOf(committed);
        assertThat(published.get(published.size() - 1)).isEqualTo(current);
        System.out.printf("Scale-out: %d interleaved renames of one committee through both replicas on the topic in "
                + "commit order%n", committed.size() - 1);
    }

    /** Renames the committee through {@code replica}, one rename after the other. */
    private static void rename(ServiceProcess replica, String code, String label) {
        for (int i = 1; i <= RENAMES_PER_REPLICA; i++) {
            given().baseUri(replica.baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON)
                    .body(Map.of("name", "Udvalg " + label + "-" + i, "kind", "POLITICAL_COMMITTEE", "active", true))
                    .put("/committees/" + code).then().statusCode(200);
        }
    }

    /** The names of the committee's records on the committee topic, in topic order. */
    private static List<String> published(String bootstrapServers, String code) {
        List<String> names = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : ScaleOutRedelivery.readAll(bootstrapServers, Topics.COMMITTEES)) {
            if (!code.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                continue;
            }
            try {
                names.add(JSON.readTree(record.value()).path("payload").path("name").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
