package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.ServiceProcess;

/**
 * The harness runs one PostgreSQL server for the three services' databases; it is stopped ({@code pg_ctl stop -m
 * fast}) right after a batch of decisions was recorded, while the outboxes relay and the consumers apply them, and
 * started again. Every service reports itself not ready while the database is away and ready again by itself once it
 * is back — no restart — and nothing written before the outage is lost or applied twice.
 */
class DatabaseRestartIT {

    private static final int YEAR = 2074;

    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);

    /** Leaves the database running and every service ready for the next test, also when this one failed. */
    @AfterEach
    void databaseRunsAndEveryServiceIsReady() {
        if (!TestInfrastructure.postgres().isRunning()) {
            TestInfrastructure.postgres().start();
        }
        Readiness.awaitUp(suite.all(), RECOVERY);
    }

    @Test
    void shouldBeUnreadyWhileTheDatabaseIsDownAndRecoverByItselfWithNothingLost() {
        AppropriationFixture fixture = new AppropriationFixture(suite, 10, YEAR);
        List<String> followUps = List.of(fixture.submittedFollowUp(YEAR, 1), fixture.submittedFollowUp(YEAR, 2));
        List<String> requests = new ArrayList<>();
        followUps.forEach(f -> requests.addAll(fixture.requests(f)));
        String meeting = fixture.meeting("2025-10-01T17:00:00");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            items.add(meetings.addItem(meeting, Meetings.item(i + 1, "Tillægsbevilling " + (i + 1), "25/8" + i,
                    "81" + i, "Administrationen indstiller, at tillægsbevillingen godkendes.",
                    List.of(reference("APPROPRIATION_REQUEST", requests.get(i))))));
        }
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        Map<ServiceProcess, Double> deadLetteredBefore = deadLettered();
        items.forEach(item -> meetings.decide(meeting, item, "Godkendt.", "APPROVED"));

        TestInfrastructure.postgres().stop();
        try {
            for (ServiceProcess service : suite.all()) {
                await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                    Readiness readiness = Readiness.of(service);
                    return readiness.httpStatus() == 503 && "DOWN".equals(readiness.check(Readiness.DATABASE));
                });
            }
        } finally {
            TestInfrastructure.postgres().start();
        }

        Readiness.awaitUp(suite.all(), RECOVERY);
        List<UUID> decisions = ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", items);
        List<UUID> submitted = ReadModelRows.of(suite.budget).outboxEventIds("FollowUpSubmitted", followUps);
        assertThat(decisions).hasSize(items.size());
        assertThat(submitted).hasSize(followUps.size());
        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions", decisions);
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-decisions", decisions);
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-budget-status", submitted);
        ReadModelRows.of(suite.meetings).awaitProcessed("meetings-follow-ups", submitted);
        assertThat(fixture.booked(requests)).as("0 lost, 0 doubled").isEqualTo(requests.size());
        assertThat(deadLettered()).as("no event dead-lettered for the outage").isEqualTo(deadLetteredBefore);

        String after = Meetings.uniqueCode("DB");
        meetings.committee(after, "Udvalg efter genstart " + after, "POLITICAL_COMMITTEE");
    }

    /** Each service's dead-letter counter, summed over its consumers and topics. */
    private Map<ServiceProcess, Double> deadLettered() {
        Map<ServiceProcess, Double> counts = new HashMap<>();
        suite.all().forEach(s -> counts.put(s, Metrics.of(s).sum("radhus_events_dead_lettered_total", Map.of())));
        return counts;
    }
}
