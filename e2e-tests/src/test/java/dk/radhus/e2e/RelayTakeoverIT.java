package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestInfrastructure;

/**
 * The outbox relay's failover: while another process holds the relay's advisory lock (as a replica's relay does in
 * the middle of a batch), meetings-service's relay publishes nothing; once that holder is killed with SIGKILL,
 * PostgreSQL ends its transaction and the relay publishes what waited, in commit order. The time from the kill to the
 * last waiting event being published is printed per round; docs/deployment.md reports it.
 */
class RelayTakeoverIT {

    private static final int ROUNDS = 2;
    private static final int RENAMES = 10;
    /** Above the relay's poll interval (1 s) plus a batch, far below a failover anyone would notice. */
    private static final Duration TAKEOVER_LIMIT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Suite suite = Suite.get();

    @Test
    void shouldPublishWhatWaitedWithinSecondsOfTheLockHoldersDeath() throws Exception {
        String code = Meetings.uniqueCode("RT");
        given().baseUri(suite.meetings.baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Udvalg 0", "kind", "POLITICAL_COMMITTEE"))
                .post("/committees").then().statusCode(201);
        ReadModelRows outbox = ReadModelRows.of(suite.meetings);
        await().atMost(Duration.ofSeconds(30)).until(() -> unpublished(outbox, code) == 0);
        List<Duration> takeovers = new ArrayList<>();

        for (int round = 1; round <= ROUNDS; round++) {
            Process holder = RelayLockHolder.start(TestInfrastructure.postgres().jdbcUrl(suite.meetings.database()),
                    TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
            try {
                for (int i = 1; i <= RENAMES; i++) {
                    rename(code, "Udvalg " + round + "-" + i);
                }
                // Every commit woke the relay; nothing may be published for a poll interval after the last one.
                await("nothing published while the lock is held").during(Duration.ofSeconds(1))
                        .atMost(Duration.ofSeconds(5)).until(() -> unpublished(outbox, code) == RENAMES);
            } finally {
                RelayLockHolder.kill(holder);
            }
            long killed = System.nanoTime();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                    .until(() -> unpublished(outbox, code) == 0);
            takeovers.add(Duration.ofNanos(System.nanoTime() - killed));
        }
        System.out.printf("Outbox relay takeover after SIGKILL of the lock holder, per round: %s ms%n",
                takeovers.stream().map(Duration::toMillis).toList());

        assertThat(takeovers).allSatisfy(takeover -> assertThat(takeover).isLessThan(TAKEOVER_LIMIT));
        List<String> committed = outbox.strings("SELECT envelope -> 'payload' ->> 'name' FROM outbox"
                + " WHERE aggregate_id = ? ORDER BY seq", code);
        assertThat(committed).hasSize(ROUNDS * RENAMES + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> published(code).size() >= committed.size());
        assertThat(published(code)).as("the committee topic, in commit order").containsExactlyElementsOf(committed);
    }

    private static long unpublished(ReadModelRows outbox, String code) {
        return outbox.count("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND published_at IS NULL", code);
    }

    private void rename(String code, String name) {
        given().baseUri(suite.meetings.baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "POLITICAL_COMMITTEE", "active", true))
                .put("/committees/" + code).then().statusCode(200);
    }

    private static List<String> published(String code) {
        List<String> names = new ArrayList<>();
        for (KafkaTestClient.Message message : KafkaTestClient.readAll(Topics.COMMITTEES, m -> code.equals(m.key()))) {
            try {
                names.add(JSON.readTree(message.value()).path("payload").path("name").asText());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }
}
