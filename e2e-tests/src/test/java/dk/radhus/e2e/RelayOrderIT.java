package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.server.Directories;

/**
 * Two replicas of meetings-service on one database, so two outbox relays: interleaved renames of one committee
 * through both reach the compacted committee topic in the order they were committed, and its last record is the name
 * the committee has (issue 16). With a relay per replica locking batches with SKIP LOCKED, as before, the replicas
 * published different batches at the same time and the topic's order could differ from the commits'.
 */
class RelayOrderIT {

    private static final int RENAMES_PER_REPLICA = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Suite suite = Suite.get();

    @Test
    void shouldPublishOneAggregatesEventsInCommitOrderWhenTwoReplicasRelay() throws Exception {
        Path copies = Files.createTempDirectory("radhus-second-replica-");
        ServiceProcess second = ServiceProcess.builder("meetings-service", suite.meetings.database()).runFrom(copies)
                .logDirectory(Path.of("target", "e2e-logs", "second-replica")).build();
        try {
            second.start();
            second.awaitReady(Duration.ofSeconds(120));
            String code = Meetings.uniqueCode("RO");
            new Meetings(suite).committee(code, "Udvalg 0", "POLITICAL_COMMITTEE");

            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> rename(suite.meetings, code, "A"));
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> rename(second, code, "B"));
            CompletableFuture.allOf(first, other).get();

            ReadModelRows outbox = ReadModelRows.of(suite.meetings);
            await().atMost(Duration.ofSeconds(60)).until(() -> outbox.count(
                    "SELECT count(*) FROM outbox WHERE aggregate_id = ? AND published_at IS NULL", code) == 0);
            List<String> committed = outbox.strings("SELECT envelope -> 'payload' ->> 'name' FROM outbox"
                    + " WHERE aggregate_id = ? ORDER BY seq", code);
            assertThat(committed).hasSize(2 * RENAMES_PER_REPLICA + 1);
            String current = given().baseUri(suite.meetings.baseUri()).get("/committees/" + code).then()
                    .statusCode(200).extract().path("name");
            assertThat(committed.get(committed.size() - 1)).as("the last event written is the committee's name")
                    .isEqualTo(current);

            await().atMost(Duration.ofSeconds(30)).until(() -> published(code).size() >= committed.size());
            List<String> published = published(code);
            assertThat(published).as("the committee topic, in order").containsExactlyElementsOf(committed);
            assertThat(published.get(published.size() - 1)).isEqualTo(current);
        } finally {
            second.stop();
            Directories.deleteRecursively(copies);
        }
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
    private static List<String> published(String code) {
        List<String> names = new ArrayList<>();
        for (KafkaTestClient.Message message : KafkaTestClient.readAll(Topics.COMMITTEES, m -> code.equals(m.key()))) {
            try {
                JsonNode envelope = JSON.readTree(message.value());
                names.add(envelope.path("payload").path("name").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
