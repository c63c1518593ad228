package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;

/**
 * The anonymous view of a published meeting is served from a cache, and every read is checked against the database:
 * a change made through this service, or written behind its back with plain SQL (as another replica would), shows in
 * the very next read, whichever table it touched. Each test reads the meeting once first, so that the cache holds the
 * old view when the change is made.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class PublicMeetingCacheTest {

    private static final int READERS = 4;
    private static final int READS_BEFORE = 20;
    private static final int READS_AFTER = 20;

    @TestHTTPResource("/")
    URI base;

    @Test
    void shouldShowAChangeMadeThroughTheServiceToTheNextAnonymousRead() {
        String meeting = publishedMeeting("Vækststrategi");
        String item = itemId(meeting);
        given().get("/meetings/" + meeting).then().statusCode(200).body("items[0].title", equalTo("Vækststrategi"));

        Map<String, Object> change = new HashMap<>(TestData.item(1, "Vækst- og erhvervsstrategi", "OPEN"));
        change.put("amendmentReason", "Titlen er rettet");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(change)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(200);

        given().get("/meetings/" + meeting).then().statusCode(200)
                .body("items[0].title", equalTo("Vækst- og erhvervsstrategi"))
                .body("items[0].amendments", hasSize(1));
    }

    @Test
    void shouldHideAnItemClosedThroughAnotherReplicaFromTheVeryNextRead() {
        String marker = "Hovedgaden-" + UUID.randomUUID();
        String meeting = publishedMeeting("Byggesag " + marker);
        read(meeting).body(containsString(marker));

        sql("UPDATE agenda_item SET access = 'CLOSED' WHERE id = ?", uuid(itemId(meeting)));

        read(meeting).body("items[0].title", equalTo("Lukket punkt")).body("items[0].access", equalTo("CLOSED"))
                .body(not(containsString(marker)));
    }

    @Test
    void shouldAnswerNoConcurrentReadThatStartedAfterTheItemWasClosedWithItsContent() throws Exception {
        String marker = "Hovedgaden-" + UUID.randomUUID();
        String meeting = publishedMeeting("Byggesag " + marker);
        UUID item = uuid(itemId(meeting));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest read = HttpRequest.newBuilder(base.resolve("/meetings/" + meeting)).build();
        CountDownLatch warm = new CountDownLatch(READERS * READS_BEFORE);
        AtomicLong closedAt = new AtomicLong(Long.MAX_VALUE);
        List<long[]> reads = Collections.synchronizedList(new ArrayList<>());
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                running.add(readers.submit(() -> {
                    int afterClosing = 0;
                    while (afterClosing < READS_AFTER) {
                        long start = System.nanoTime();
                        HttpResponse<String> response = client.send(read, HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).isEqualTo(200);
                        reads.add(new long[] {start, response.body().contains(marker) ? 1 : 0});
                        warm.countDown();
                        if (start > closedAt.get()) {
                            afterClosing++;
                        }
                    }
                    return null;
                }));
            }
            warm.await();
            sql("UPDATE agenda_item SET access = 'CLOSED' WHERE id = ?", item);
            closedAt.set(System.nanoTime());
            for (Future<?> reader : running) {
                reader.get(1, TimeUnit.MINUTES);
            }
        } finally {
            readers.shutdownNow();
        }

        long closed = closedAt.get();
        assertThat(reads).as("reads before the closing showed the open item").anyMatch(r -> r[0] < closed && r[1] == 1);
        assertThat(reads.stream().filter(r -> r[0] > closed)).as("reads started after the closing")
                .hasSizeGreaterThanOrEqualTo(READERS * READS_AFTER).allMatch(r -> r[1] == 0);
    }

    @Test
    void shouldShowASectionAddedThroughAnotherReplicaInTheVeryNextRead() {
        String meeting = publishedMeeting("Kvalitetskontrakt");
        read(meeting).body("items[0].sections", hasSize(2));

        sql("INSERT INTO item_section (item_id, position, type, heading, body, format)"
                + " VALUES (?, 2, 'ASSESSMENT', 'Vurdering', 'Tilføjet på en anden replika', 'TEXT')",
                uuid(itemId(meeting)));

        read(meeting).body("items[0].sections", hasSize(3))
                .body("items[0].sections[2].body", equalTo("Tilføjet på en anden replika"));
    }

    @Test
    void shouldShowASectionChangedThroughAnotherReplicaInTheVeryNextRead() {
        String meeting = publishedMeeting("Kvalitetskontrakt");
        read(meeting).body("items[0].sections[0].body", equalTo("Sagsfremstilling for Kvalitetskontrakt"));

        sql("UPDATE item_section SET body = 'Ændret på en anden replika' WHERE item_id = ? AND position = 0",
                uuid(itemId(meeting)));

        read(meeting).body("items[0].sections[0].body", equalTo("Ændret på en anden replika"));
    }

    @Test
    void shouldShowChangesToEveryOtherPartOfTheViewThroughAnotherReplicaInTheVeryNextRead() {
        String meeting = publishedMeeting("Frivillighedspolitik");
        UUID item = uuid(itemId(meeting));
        read(meeting);

        sql("UPDATE meeting SET location = 'Byrådssalen' WHERE id = ?", uuid(meeting));
        read(meeting).body("location", equalTo("Byrådssalen"));

        sql("INSERT INTO attendance (meeting_id, position, name, status) VALUES (?, 0, 'Hugo Hammel', 'PRESENT')",
                uuid(meeting));
        read(meeting).body("attendance[0].name", equalTo("Hugo Hammel"));

        sql("UPDATE agenda_item SET title = 'Frivillighedspolitik 2012' WHERE id = ?", item);
        read(meeting).body("items[0].title", equalTo("Frivillighedspolitik 2012"));

        sql("UPDATE item_attachment SET title = 'Bilag, ny udgave' WHERE item_id = ?", item);
        read(meeting).body("items[0].attachments[0].title", equalTo("Bilag, ny udgave"));

        sql("DELETE FROM item_reference WHERE item_id = ?", item);
        read(meeting).body("items[0].references", hasSize(0));

        sql("INSERT INTO item_amendment (id, item_id, reason, changes, amended_at, amended_by)"
                + " VALUES (gen_random_uuid(), ?, 'Rettet på en anden replika', 'title', now(), 'sekretaer')", item);
        read(meeting).body("items[0].amendments[0].reason", equalTo("Rettet på en anden replika"));

        sql("DELETE FROM attendance WHERE meeting_id = ?", uuid(meeting));
        read(meeting).body("attendance", hasSize(0));
    }

    @Test
    void shouldShowADecisionChangedThroughAnotherReplicaInTheVeryNextRead() {
        String meeting = publishedMeeting("Vækststrategi");
        String item = itemId(meeting);
        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, item, "Godkendt.", "APPROVED");
        TestData.transition(meeting, "MINUTES_APPROVED");
        read(meeting).body("items[0].decision.text", equalTo("Godkendt."));

        sql("UPDATE agenda_item SET decision_text = 'Godkendt med de faldne bemærkninger.' WHERE id = ?", uuid(item));

        read(meeting).body("items[0].decision.text", equalTo("Godkendt med de faldne bemærkninger."));
    }

    @Test
    void shouldAnswerNotFoundInTheVeryNextReadOnceAMeetingIsNoLongerPublic() {
        String meeting = publishedMeeting("Meddelelser");
        read(meeting);

        sql("UPDATE meeting SET published_at = NULL WHERE id = ?", uuid(meeting));

        given().get("/meetings/" + meeting).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldMoveThePublicVersionOnceForATransactionThatChangesManyRows() throws SQLException {
        String meeting = publishedMeeting("Kvalitetskontrakt");
        UUID item = uuid(itemId(meeting));
        long before = publicVersion(meeting);

        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            execute(connection, "UPDATE item_section SET heading = heading || '.' WHERE item_id = ?", item);
            execute(connection, "UPDATE item_attachment SET title = title || '.' WHERE item_id = ?", item);
            execute(connection, "UPDATE agenda_item SET title = title || '.' WHERE id = ?", item);
            connection.commit();
        }

        assertThat(publicVersion(meeting)).isEqualTo(before + 1);
    }

    private static ValidatableResponse read(String meeting) {
        return given().get("/meetings/" + meeting).then().statusCode(200);
    }

    private static String publishedMeeting(String title) {
        String meeting = TestData.meeting(TestData.committee());
        TestData.addItem(meeting, TestData.item(1, title, "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        return meeting;
    }

    private static String itemId(String meeting) {
        return given().auth().oauth2(SECRETARY).get("/meetings/" + meeting).then().extract().path("items[0].id");
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }

    private static long publicVersion(String meeting) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement query = connection.prepareStatement("SELECT public_version FROM meeting WHERE id = ?")) {
            query.setObject(1, uuid(meeting));
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    /** Runs one statement in its own transaction, as another replica would; it must change at least one row. */
    private static void sql(String statement, UUID id) {
        try (Connection connection = connect()) {
            execute(connection, statement, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection connection, String statement, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, id);
            assertThat(update.executeUpdate()).as(statement).isPositive();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("meetings"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
    }
}
