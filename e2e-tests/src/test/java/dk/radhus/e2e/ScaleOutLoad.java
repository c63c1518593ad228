package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import dk.radhus.testing.ServiceProcess;

/**
 * The scale-out test's write load: rounds of one write to every aggregate (a committee rename, an initiative status, a
 * follow-up submission), each aggregate written by one of four writers, so its writes are acknowledged one after the
 * other. A writer sends to the two instances in turn and, when one refuses the connection or drops it, to the other,
 * as a load balancer would; the latency of a write includes that. A follow-up's round is three requests (reopen, post
 * the line, submit); the submission is the write, and its latency is the submit request's.
 */
final class ScaleOutLoad {

    private static final int WRITERS = 4;
    /**
     * A writer starts a round at most this often: about 20 writes a second in all, steady, and leaving CPU to the end-
     * to-end tests that run beside the scale-out test on the build's two cores.
     */
    private static final Duration ROUND_PERIOD = Duration.ofMillis(3500);
    private static final String[] LIGHTS = { "RED", "YELLOW", "GREEN" };
    private static final LocalDate FIRST_STATUS = LocalDate.of(2024, 1, 1);

    /** One acknowledged write: its aggregate, the value it set, when it was sent and how long it took (nanoseconds). */
    record Write(String aggregate, String value, long sentAt, long latency) {
    }

    /** An answer to a request, and whether an earlier attempt of it was lost (its effect may have been applied). */
    private record Answer(int status, String body, boolean retried) {
    }

    private final List<ServiceProcess> meetings;
    private final List<ServiceProcess> budget;
    private final List<ServiceProcess> strategy;
    final List<String> committees;
    final List<String> initiatives;
    final List<ScaleOutFollowUps.FollowUp> followUps;
    private final Map<String, ScaleOutFollowUps.FollowUp> followUpsById = new ConcurrentHashMap<>();
    private final Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
    private final List<Write> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    private final List<Future<?>> writers = new ArrayList<>();
    private volatile boolean faultsOver;
    private long started;

    private ScaleOutLoad(List<ServiceProcess> meetings, List<ServiceProcess> budget, List<ServiceProcess> strategy,
            List<String> committees, List<String> initiatives, List<ScaleOutFollowUps.FollowUp> followUps) {
        this.meetings = meetings;
        this.budget = budget;
        this.strategy = strategy;
        this.committees = committees;
        this.initiatives = initiatives;
        this.followUps = followUps;
        followUps.forEach(followUp -> followUpsById.put(followUp.id(), followUp));
    }

    /**
     * Creates the committees, the initiatives (with their first status) and the follow-ups (submitted once) through
     * the first instances.
     */
    static ScaleOutLoad arrange(List<ServiceProcess> meetings, List<ServiceProcess> budget,
            List<ServiceProcess> strategy, int committeeCount, int initiativeCount, int followUpCount) {
        List<String> committees = new ArrayList<>();
        for (int i = 0; i < committeeCount; i++) {
            String code = Meetings.uniqueCode("SO");
            given().baseUri(meetings.get(0).baseUri()).auth().oauth2(Meetings.SECRETARY).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", committeeName(code, 0), "kind", "POLITICAL_COMMITTEE"))
                    .post("/committees").then().statusCode(201);
            committees.add(code);
        }
        String base = strategy.get(0).baseUri();
        String policy = editor(base).body(Map.of("title", "Vækstpolitik", "periodStart", 2018, "periodEnd", 2022,
                "owner", "BYC")).post("/policies").then().statusCode(201).extract().path("id");
        String focusArea = editor(base).body(Map.of("title", "Erhverv")).post("/policies/" + policy + "/focus-areas")
                .then().statusCode(201).extract().path("id");
        String goal = editor(base).body(Map.of("title", "Flere virksomheder")).post("/focus-areas/" + focusArea
                + "/goals").then().statusCode(201).extract().path("id");
        List<String> initiatives = new ArrayList<>();
        for (int i = 0; i < initiativeCount; i++) {
            initiatives.add(editor(base).body(Map.of("reference", "SO-" + i, "title", "Indsats " + i, "description",
                    "Indsats " + i, "departmentCode", "BYC", "partners", "Erhvervsrådet", "startDate", "2018-01-01",
                    "endDate", "2022-12-31", "light", LIGHTS[0], "narrative", narrative(0), "statusAsOf",
                    FIRST_STATUS.toString())).post("/goals/" + goal + "/initiatives").then().statusCode(201)
                    .extract().path("id"));
        }
        List<ScaleOutFollowUps.FollowUp> followUps = ScaleOutFollowUps.arrange(meetings.get(0), budget.get(0),
                followUpCount);
        ScaleOutLoad load = new ScaleOutLoad(meetings, budget, strategy, committees, initiatives, followUps);
        committees.forEach(code -> load.acknowledged.put(code, new CopyOnWriteArrayList<>(
                List.of(committeeName(code, 0)))));
        initiatives.forEach(id -> load.acknowledged.put(id, new CopyOnWriteArrayList<>(List.of(narrative(0)))));
        followUps.forEach(followUp -> load.acknowledged.put(followUp.id(), new CopyOnWriteArrayList<>(
                List.of(ScaleOutFollowUps.forecast(0)))));
        return load;
    }

    /**
     * Starts the writers: at least {@code minRounds} rounds, and on until {@link #faultsOver()}; a round every
     * {@link #ROUND_PERIOD} at most.
     */
    void start(int minRounds) {
        started = System.nanoTime();
        List<String> aggregates = new ArrayList<>(committees);
        aggregates.addAll(initiatives);
        followUps.forEach(followUp -> aggregates.add(followUp.id()));
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            List<String> own = new ArrayList<>();
            for (int i = writer; i < aggregates.size(); i += WRITERS) {
                own.add(aggregates.get(i));
            }
            writers.add(pool.submit(() -> {
                for (int round = 1; round <= minRounds || !faultsOver; round++) {
                    long roundStarted = System.nanoTime();
                    for (String aggregate : own) {
                        write(aggregate, round);
                    }
                    TimeUnit.NANOSECONDS.sleep(ROUND_PERIOD.toNanos() - (System.nanoTime() - roundStarted));
                }
                return null;
            }));
        }
    }

    void faultsOver() {
        faultsOver = true;
    }

    int writes() {
        return count.get();
    }

    void awaitWrites(int atLeast) {
        await().atMost(Duration.ofMinutes(3)).until(() -> count.get() >= atLeast || writers.stream()
                .anyMatch(Future::isDone));
    }

    /** Waits for the writers; fails with the first write that was not acknowledged. */
    Result awaitFinished(Duration timeout) throws Exception {
        for (Future<?> writer : writers) {
            writer.get(timeout.toSeconds(), TimeUnit.SECONDS);
        }
        pool.shutdown();
        return new Result(List.copyOf(writes), (System.nanoTime() - started) / 1_000_000_000);
    }

    /**
     * After the load, renames every committee once more, one after the other; {@code midway} starts on another thread
     * once half of them are acknowledged. Returns when all are acknowledged and {@code midway} is done.
     */
    void renameEveryCommittee(int round, Runnable midway) throws InterruptedException {
        CompletableFuture<Void> started = CompletableFuture.completedFuture(null);
        for (int i = 0; i < committees.size(); i++) {
            if (i == committees.size() / 2) {
                started = CompletableFuture.runAsync(midway);
            }
            write(committees.get(i), round);
        }
        started.join();
    }

    /** The values acknowledged for an aggregate, in the order they were acknowledged (the creation's first). */
    List<String> acknowledged(String aggregate) {
        return acknowledged.get(aggregate);
    }

    String latest(String aggregate) {
        List<String> values = acknowledged.get(aggregate);
        return values.get(values.size() - 1);
    }

    private void write(String aggregate, int round) throws InterruptedException {
        ScaleOutFollowUps.FollowUp followUp = followUpsById.get(aggregate);
        if (followUp != null) {
            submit(followUp, round);
            return;
        }
        boolean committee = committees.contains(aggregate);
        String value = committee ? committeeName(aggregate, round) : narrative(round);
        String body = committee
                ? "{\"name\":\"%s\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}".formatted(value)
                : "{\"light\":\"%s\",\"narrative\":\"%s\",\"asOf\":\"%s\"}".formatted(LIGHTS[round % LIGHTS.length],
                        value, FIRST_STATUS.plusDays(round));
        String path = committee ? "/committees/" + aggregate : "/initiatives/" + aggregate + "/status";
        long sent = System.nanoTime();
        Answer answer = committee ? send(meetings, "PUT", path, body, Meetings.SECRETARY, round)
                : send(strategy, "POST", path, body, Strategy.EDITOR, round);
        expect(answer, path, 200);
        acknowledge(aggregate, value, sent);
    }

    /**
     * Reopens the follow-up, posts the round's forecast and submits. A 409 to a reopen or a submit whose earlier
     * attempt was lost counts only when the follow-up is in the state that attempt would have left it in.
     */
    private void submit(ScaleOutFollowUps.FollowUp followUp, int round) throws InterruptedException {
        String base = "/follow-ups/" + followUp.id();
        Answer reopened = send(budget, "POST", base + "/reopen", "{\"reason\":\"Ny prognose, runde %d\"}"
                .formatted(round), Budget.FINANCE, round);
        expectOrAlreadyIn(reopened, followUp, "DRAFT", round);
        expect(send(budget, "PUT", ScaleOutFollowUps.linePath(followUp.id(), followUp.area()),
                ScaleOutFollowUps.line(round), Budget.FINANCE, round), base + "/lines", 200);
        long sent = System.nanoTime();
        Answer submitted = send(budget, "POST", base + "/submit", "", Budget.FINANCE, round);
        expectOrAlreadyIn(submitted, followUp, "SUBMITTED", round);
        acknowledge(followUp.id(), ScaleOutFollowUps.forecast(round), sent);
    }

    private void expectOrAlreadyIn(Answer answer, ScaleOutFollowUps.FollowUp followUp, String status, int round)
            throws InterruptedException {
        if (answer.status() == 409 && answer.retried()) {
            Answer current = send(budget, "GET", "/follow-ups/" + followUp.id(), null, Budget.FINANCE, round);
            expect(current, "/follow-ups/" + followUp.id(), 200);
            if (current.body().contains("\"status\":\"" + status + "\"")) {
                return;
            }
        }
        expect(answer, "/follow-ups/" + followUp.id() + " to " + status, 200);
    }

    private static void expect(Answer answer, String what, int status) {
        if (answer.status() != status) {
            throw new AssertionError(what + " answered " + answer.status() + ": " + answer.body());
        }
    }

    private void acknowledge(String aggregate, String value, long sent) {
        writes.add(new Write(aggregate, value, sent, System.nanoTime() - sent));
        acknowledged.get(aggregate).add(value);
        count.incrementAndGet();
    }

    /** Sends to one instance and, while it refuses or drops the connection, to the other, for up to 60 s. */
    private Answer send(List<ServiceProcess> instances, String method, String path, String body, String token,
            int round) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (int attempt = 0;; attempt++) {
            ServiceProcess instance = instances.get((round + attempt) % instances.size());
            HttpRequest request = HttpRequest.newBuilder(instance.uri(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body(), attempt > 0);
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("No instance took " + method + " " + path + " within 60 s", e);
                }
                if (attempt % instances.size() == instances.size() - 1) {
                    Thread.sleep(100);
                }
            }
        }
    }

    static String committeeName(String code, int round) {
        return "Udvalg " + code + " " + round;
    }

    private static String narrative(int round) {
        return "Status " + round;
    }

    private static io.restassured.specification.RequestSpecification editor(String baseUri) {
        return given().baseUri(baseUri).auth().oauth2(Strategy.EDITOR).contentType(ContentType.JSON);
    }

    /** The acknowledged writes and the load's duration. */
    record Result(List<Write> all, long seconds) {

        int writes() {
            return all.size();
        }

        long countBetween(long from, long to) {
            return between(from, to, true).size();
        }

        long p95Between(long from, long to) {
            return percentile95(between(from, to, true));
        }

        long maxBetween(long from, long to) {
            List<Long> latencies = between(from, to, true);
            return latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1);
        }

        long p95Outside(long from, long to) {
            return percentile95(between(from, to, false));
        }

        /** Latencies in milliseconds, sorted, of the writes sent inside (or outside) the window. */
        private List<Long> between(long from, long to, boolean inside) {
            List<Long> latencies = new ArrayList<>();
            for (Write write : all) {
                if ((write.sentAt() >= from && write.sentAt() <= to) == inside) {
                    latencies.add(write.latency() / 1_000_000);
                }
            }
            Collections.sort(latencies);
            return latencies;
        }

        private static long percentile95(List<Long> sorted) {
            return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
        }
    }
}
