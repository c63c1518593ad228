package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.ADMIN;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/**
 * Several secretaries working at the same moment. On one meeting, transitions race each other and item changes,
 * decisions, attendance and meeting changes: every request is answered with success or a 409 problem, the
 * transitions that succeeded form one legal path, and nothing changed after the minutes were approved. On many
 * meetings, of one committee and of several, items are added and agendas published in parallel without a failure.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ConcurrentMeetingWritesTest {

    private static final int THREADS = 3;
    private static final int REQUESTS_PER_THREAD = 20;
    private static final List<String> FORWARD = List.of("AGENDA_PUBLISHED", "HELD", "MINUTES_APPROVED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Answer(String operation, int status, String contentType, String body) {
    }

    @TestHTTPResource("/")
    URI base;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void shouldAnswerConcurrentTransitionsAndWritesOnOneMeetingWithSuccessOrConflictOnly() throws Exception {
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee);
        String first = TestData.addItem(meeting, TestData.item(1, "Vækststrategi", "OPEN"));
        TestData.addItem(meeting, TestData.item(2, "Byggesag", "CLOSED"));

        List<Answer> answers = concurrently((thread, i) -> send(committee, meeting, first, thread, i));

        for (Answer answer : answers) {
            assertThat(answer.status).as("%s answered %s", answer.operation, answer.body).isIn(200, 201, 409);
            if (answer.status == 409) {
                assertThat(answer.contentType).as(answer.operation).startsWith("application/problem+json");
                assertThat(JSON.readTree(answer.body).path("status").asInt()).isEqualTo(409);
            }
        }
        List<String> movedTo = answers.stream().filter(a -> a.operation.startsWith("transition") && a.status == 200)
                .map(a -> a.operation.substring("transition ".length())).toList();
        assertThat(movedTo).as("each state is reached once, whoever asked first").doesNotHaveDuplicates();

        List<JsonNode> audit = audit(meeting, first);
        List<JsonNode> transitions = audit.stream()
                .filter(entry -> entry.path("action").asText().equals("meeting.transition")).toList();
        String state = "PLANNED";
        for (JsonNode transition : transitions) {
            String[] fromTo = { transition.path("before").path("state").asText(),
                transition.path("after").path("state").asText() };
            assertThat(fromTo[0]).as("transitions continue where the previous one ended").isEqualTo(state);
            assertThat(MeetingState.valueOf(fromTo[0]).canMoveTo(MeetingState.valueOf(fromTo[1]))).isTrue();
            state = fromTo[1];
        }
        assertThat(transitions).hasSize(movedTo.size());

        assertThat(state).as("each thread tries every step in turn, so the last one is reached")
                .isEqualTo("MINUTES_APPROVED");
        given().auth().oauth2(SECRETARY).get("/meetings/" + meeting).then().statusCode(200)
                .body("state", equalTo(state)).body("publishedAt", notNullValue())
                .body("minutesApprovedAt", notNullValue());
        Instant approved = Instant.parse(transitions.get(transitions.size() - 1).path("occurredAt").asText());
        assertThat(audit).as("nothing changes once the minutes are approved")
                .filteredOn(entry -> !entry.path("action").asText().equals("meeting.transition"))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(Instant.parse(entry.path("occurredAt").asText())).isBefore(approved));
    }

    @Test
    void shouldPublishDifferentMeetingsOfTheSameAndOfDifferentCommitteesConcurrently() throws Exception {
        List<String> committees = List.of(TestData.committee(), TestData.committee());
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < THREADS * REQUESTS_PER_THREAD / 2; i++) {
            String meeting = TestData.meeting(committees.get(i % committees.size()));
            given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                    .body(List.of(Map.of("name", "Hugo Hammel", "status", "PRESENT"),
                            Map.of("name", "Lis Lund", "status", "ABSENT_WITH_APOLOGIES")))
                    .put("/meetings/" + meeting + "/attendance").then().statusCode(200);
            meetings.add(meeting);
        }

        List<Answer> answers = concurrently((thread, i) -> {
            String meeting = meetings.get(thread + THREADS * (i / 2));
            return i % 2 == 0
                    ? request("item", "POST", "/meetings/" + meeting + "/items", TestData.item(1, "Vækststrategi", "OPEN"))
                    : request("transition", "POST", "/meetings/" + meeting + "/transitions",
                            Map.of("to", "AGENDA_PUBLISHED"));
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status).as("%s answered %s", answer.operation,
                answer.body).isEqualTo(answer.operation.equals("item") ? 201 : 200));
        for (String meeting : meetings) {
            given().get("/meetings/" + meeting).then().statusCode(200)
                    .body("state", equalTo("AGENDA_PUBLISHED"))
                    .body("items.title", contains("Vækststrategi"))
                    .body("attendance.name", contains("Hugo Hammel", "Lis Lund"));
        }
    }

    /** A request of one worker thread: its number and the index of the request. */
    private interface Call {
        Answer send(int thread, int i) throws Exception;
    }

    /** Runs {@link #REQUESTS_PER_THREAD} calls on each of {@link #THREADS} threads, all starting at once. */
    private static List<Answer> concurrently(Call call) throws Exception {
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < REQUESTS_PER_THREAD; i++) {
                        answers.add(call.send(thread, i));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers).hasSize(THREADS * REQUESTS_PER_THREAD);
        return answers;
    }

    /** The thread's i-th request: every other one a transition onwards, in between the other writes in turn. */
    private Answer send(String committee, String meeting, String item, int thread, int i) throws Exception {
        String path = "/meetings/" + meeting;
        if (i % 2 == 0) {
            String target = FORWARD.get((i / 2 + thread) % FORWARD.size());
            return request("transition " + target, "POST", path + "/transitions", Map.of("to", target));
        }
        String version = thread + "." + i;
        return switch ((i / 2) % 4) {
            case 0 -> {
                Map<String, Object> change = new HashMap<>(TestData.item(1, "Vækststrategi " + version, "OPEN"));
                change.put("amendmentReason", "Rettelse " + version);
                yield request("item", "PUT", path + "/items/" + item, change);
            }
            case 1 -> request("decision", "PUT", path + "/items/" + item + "/decision",
                    Map.of("text", "Godkendt " + version + ".", "outcome", "APPROVED"));
            case 2 -> request("attendance", "PUT", path + "/attendance",
                    List.of(Map.of("name", "Hugo Hammel " + version, "status", "PRESENT"),
                            Map.of("name", "Lis Lund", "status", "ABSENT_WITH_APOLOGIES")));
            default -> request("meeting", "PUT", path, Map.of("committeeCode", committee,
                    "startsAt", "2031-05-11T17:00:00", "location", "Lokale " + version));
        };
    }

    private Answer request(String operation, String method, String path, Object body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + SECRETARY).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(operation, response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    /** The audit trail of the meeting and its item, oldest first. */
    private static List<JsonNode> audit(String meeting, String item) throws JsonProcessingException {
        List<JsonNode> entries = new ArrayList<>();
        for (String id : List.of(meeting, item)) {
            String body = given().auth().oauth2(ADMIN).queryParam("objectId", id).queryParam("size", 500)
                    .get("/audit").then().statusCode(200).extract().asString();
            JSON.readTree(body).path("entries").forEach(entries::add);
        }
        entries.sort(Comparator.comparing(entry -> Instant.parse(entry.path("occurredAt").asText())));
        return entries;
    }
}
