package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.ServiceProcess;

/**
 * The Kafka broker is stopped for 20 s while finance writes 1,000 follow-up lines (20 follow-ups of 50 lines, every
 * line requesting a supplementary appropriation) and the committee decides on all of them. The APIs keep answering
 * 2xx, because the outboxes commit with the business data; readiness stays UP (a replica keeps serving), while the
 * messaging health group reports Kafka DOWN and the outbox backlog as it ages past the threshold; when the broker
 * returns the group is UP again and every effect arrives, none twice.
 */
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private static final int AREAS = 50;
    private static final int ROUNDS = 10;
    private static final int[] YEARS = { 2071, 2072 };

    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldDeliverEveryEffectExactlyOnceAfterTheBrokerWasDownWhileThousandLinesWereWritten() throws Exception {
        AppropriationFixture fixture = new AppropriationFixture(suite, AREAS, YEARS);
        List<String> followUps;
        List<String> requests = new ArrayList<>();
        List<String> items = new ArrayList<>();

        Instant stopped = Instant.now();
        TestInfrastructure.kafka().stop();
        try {
            followUps = submitFollowUpsInParallel(fixture);
            String meeting = fixture.meeting("2025-06-01T17:00:00");
            for (int i = 0; i < followUps.size(); i++) {
                List<String> lines = fixture.requests(followUps.get(i));
                requests.addAll(lines);
                List<Map<String, String>> references = new ArrayList<>();
                references.add(reference("BUDGET_FOLLOW_UP", followUps.get(i)));
                lines.forEach(line -> references.add(reference("APPROPRIATION_REQUEST", line)));
                items.add(meetings.addItem(meeting, Meetings.item(i + 1, "Budgetopfølgning " + (i + 1), "25/" + i,
                        "90" + i, "Administrationen indstiller, at tillægsbevillingerne godkendes.", references)));
            }
            meetings.transition(meeting, "AGENDA_PUBLISHED");
            items.forEach(item -> meetings.decide(meeting, item, "Godkendt.", "APPROVED"));

            awaitOutboxReportedStale(suite.budget);
            awaitOutboxReportedStale(suite.meetings);
            await().atMost(OUTAGE.plusSeconds(30))
                    .until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
        } finally {
            TestInfrastructure.kafka().start();
        }

        assertThat(requests).hasSize(AREAS * ROUNDS * YEARS.length);
        Readiness.awaitUp(suite.all(), RECOVERY);
        List<UUID> submitted = ReadModelRows.of(suite.budget).outboxEventIds("FollowUpSubmitted", followUps);
        List<UUID> decisions = ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", items);
        assertThat(submitted).hasSize(followUps.size());
        assertThat(decisions).hasSize(items.size());
        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions", decisions);
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-decisions", decisions);
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-budget-status", submitted);
        ReadModelRows.of(suite.meetings).awaitProcessed("meetings-follow-ups", submitted);

        assertThat(fixture.booked(requests)).as("one supplementary appropriation per requesting line")
                .isEqualTo(requests.size());
        assertThat(fixture.approvals(followUps)).as("each follow-up approved once").isEqualTo(followUps.size());
        assertThat(ReadModelRows.of(suite.meetings).count(
                "SELECT count(*) FROM agenda_draft WHERE source_kind = 'BUDGET_FOLLOW_UP' AND source_id = ANY (?)",
                followUps)).as("one drafted agenda item per follow-up").isEqualTo(followUps.size());
        assertThat(strategy.budgetStatus(fixture.committee).getInt("[0].fiscalYear")).isEqualTo(YEARS[1]);
        assertThat(strategy.budgetStatus(fixture.committee).getInt("[0].round")).isEqualTo(ROUNDS);
        for (ServiceProcess service : suite.all()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> Metrics.of(service)
                    .sum("radhus_outbox_backlog", Map.of()) == 0);
        }
    }

    /** Leaves the broker running and every service ready for the next test, also when this one failed. */
    @AfterEach
    void brokerRunsAndEveryServiceIsReady() {
        if (!TestInfrastructure.kafka().isRunning()) {
            TestInfrastructure.kafka().start();
        }
        Readiness.awaitUp(suite.all(), RECOVERY);
    }

    /** 20 follow-ups of 50 lines, four writers at a time (each follow-up's lines in order). */
    private List<String> submitFollowUpsInParallel(AppropriationFixture fixture) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> submitted = new ArrayList<>();
            for (int year : YEARS) {
                for (int round = 1; round <= ROUNDS; round++) {
                    int r = round;
                    submitted.add(writers.submit(() -> fixture.submittedFollowUp(year, r)));
                }
            }
            List<String> followUps = new ArrayList<>();
            for (Future<String> followUp : submitted) {
                followUps.add(followUp.get());
            }
            return followUps;
        } finally {
            writers.shutdownNow();
        }
    }

    /**
     * Events wait in the outbox: the backlog metric counts them and, once the oldest is older than
     * {@link Suite#OUTBOX_MAX_BACKLOG_AGE}, the messaging group's outbox check is DOWN with the backlog in its data,
     * and its Kafka check DOWN. Readiness stays UP, and the service answers an anonymous read.
     */
    private void awaitOutboxReportedStale(ServiceProcess service) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Metrics.of(service)
                .sum("radhus_outbox_backlog", Map.of()) > 0);
        await().atMost(Suite.OUTBOX_MAX_BACKLOG_AGE.plusSeconds(30)).untilAsserted(() -> {
            Readiness current = Readiness.messaging(service);
            assertThat(current.check(Readiness.OUTBOX)).as(current.body().prettify()).isEqualTo("DOWN");
        });
        Readiness messaging = Readiness.messaging(service);
        assertThat(messaging.httpStatus()).isEqualTo(503);
        assertThat(messaging.check(Readiness.KAFKA)).as(messaging.body().prettify()).isEqualTo("DOWN");
        assertThat(messaging.checkData(Readiness.OUTBOX, "backlog")).isPositive();
        assertThat(messaging.checkData(Readiness.OUTBOX, "oldestAgeSeconds"))
                .isGreaterThanOrEqualTo(Suite.OUTBOX_MAX_BACKLOG_AGE.toSeconds());
        Readiness readiness = Readiness.of(service);
        assertThat(readiness.isUp()).as("readiness while the broker is away: " + readiness.body().prettify())
                .isTrue();
        given().baseUri(service.baseUri()).get("/committees").then().statusCode(200);
        assertThat(Metrics.of(service).sum("radhus_outbox_oldest_age_seconds", Map.of()))
                .isGreaterThanOrEqualTo(Suite.OUTBOX_MAX_BACKLOG_AGE.toSeconds());
    }
}
