package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;

/**
 * An anonymous read is made of several queries (the item, then its sections, its amendments). While another replica
 * keeps switching an item between open with a harmless text and closed with a confidential one, in one transaction
 * each, no anonymous read of the meeting, its agenda, the item or its history may show the confidential text: every
 * read sees one state, never the open item of one with the text of the other.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class SnapshotReadsTest {

    private static final int READERS = 3;
    private static final int SWITCHES = 100;
    private static final int READS = 600;

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldNeverShowTheTextAnItemWasClosedForTogetherWithTheItemStillOpen() throws Exception {
        String marker = "Fortroligt-" + UUID.randomUUID();
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Byggesag Hovedgaden 7", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        List<URI> reads = List.of(base.resolve("/meetings/" + meeting), base.resolve("/meetings/" + meeting + "/items"),
                base.resolve("/meetings/" + meeting + "/items/" + item),
                base.resolve("/meetings/" + meeting + "/items/" + item + "/history"));
        HttpClient client = HttpClient.newHttpClient();
        AtomicBoolean switching = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<String> leaks = new ArrayList<>();

        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                running.add(readers.submit(() -> {
                    for (int i = 0; switching.get(); i++) {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(reads.get(i % reads.size()))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        answered.incrementAndGet();
                        if (response.body().contains(marker)) {
                            synchronized (leaks) {
                                leaks.add(response.uri() + " " + response.statusCode() + ": " + response.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            try (Connection connection = DriverManager.getConnection(
                    TestInfrastructure.postgres().jdbcUrl("meetings"), TestInfrastructure.postgres().username(),
                    TestInfrastructure.postgres().password())) {
                connection.setAutoCommit(false);
                for (int i = 0; i < SWITCHES || answered.get() < READS; i++) {
                    boolean close = i % 2 == 0;
                    switchItem(connection, UUID.fromString(item), close, marker);
                    connection.commit();
                }
            }
            switching.set(false);
            for (Future<?> reader : running) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            switching.set(false);
            readers.shutdownNow();
        }

        assertThat(answered.get()).as("anonymous reads during the switching").isGreaterThanOrEqualTo(READS);
        assertThat(leaks).isEmpty();
    }

    /**
     * One transaction of the other replica: closing gives the item a confidential text and an amendment naming it;
     * opening takes both away again, so an open item never has the marker anywhere.
     */
    private static void switchItem(Connection connection, UUID item, boolean close, String marker)
            throws SQLException {
        execute(connection, "UPDATE agenda_item SET access = ? WHERE id = ?", close ? "CLOSED" : "OPEN", item);
        execute(connection, "UPDATE item_section SET body = ? WHERE item_id = ? AND position = 0",
                close ? "Sagen omhandler " + marker : "Sagsfremstilling uden fortrolige oplysninger", item);
        if (close) {
            execute(connection, "INSERT INTO item_amendment (id, item_id, reason, changes, amended_at, amended_by)"
                    + " VALUES (gen_random_uuid(), ?, ?, 'access', now(), 'replika')", item,
                    "Lukket, da sagen omhandler " + marker);
        } else {
            execute(connection, "DELETE FROM item_amendment WHERE item_id = ?", item);
        }
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            assertThat(statement.executeUpdate()).as(sql).isPositive();
        }
    }
}
