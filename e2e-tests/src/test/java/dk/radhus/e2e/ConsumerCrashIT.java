package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * budget-service is killed with SIGKILL while a stream of decisions, each approving one requested appropriation, is
 * being recorded in meetings-service, and started again: every appropriation is booked exactly once — none lost with
 * the offsets it had not committed, none doubled by their redelivery.
 */
class ConsumerCrashIT {

    private static final int DECISIONS = 60;

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);

    /** Leaves budget-service running and ready for the next test, also when this one failed. */
    @AfterEach
    void budgetServiceRunsAndIsReady() {
        if (!suite.budget.isAlive()) {
            suite.budget.start();
        }
        suite.budget.awaitReady(Duration.ofSeconds(120));
    }

    @Test
    void shouldBookEveryAppropriationOnceWhenBudgetServiceIsKilledInTheMiddleOfADecisionStream() {
        AppropriationFixture fixture = new AppropriationFixture(suite, DECISIONS / 3, 2073);
        List<String> followUps = List.of(fixture.submittedFollowUp(2073, 1), fixture.submittedFollowUp(2073, 2),
                fixture.submittedFollowUp(2073, 3));
        List<String> requests = new ArrayList<>();
        followUps.forEach(f -> requests.addAll(fixture.requests(f)));
        String meeting = fixture.meeting("2025-09-01T17:00:00");
        List<String> items = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            items.add(meetings.addItem(meeting, Meetings.item(i + 1, "Tillægsbevilling " + (i + 1), "25/9" + i,
                    "91" + i, "Administrationen indstiller, at tillægsbevillingen godkendes.",
                    List.of(reference("APPROPRIATION_REQUEST", requests.get(i))))));
        }
        meetings.transition(meeting, "AGENDA_PUBLISHED");

        CompletableFuture<Void> stream = CompletableFuture.runAsync(
                () -> items.forEach(item -> meetings.decide(meeting, item, "Godkendt.", "APPROVED")));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> fixture.booked(requests) >= DECISIONS / 4);
        suite.budget.kill();
        long bookedWhenKilled = fixture.booked(requests);
        stream.join();
        suite.budget.start();
        suite.budget.awaitReady(Duration.ofSeconds(120));

        assertThat(bookedWhenKilled).as("killed in the middle of the stream").isBetween(1L, DECISIONS - 1L);
        List<UUID> decisions = ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", items);
        assertThat(decisions).hasSize(DECISIONS);
        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions", decisions);
        assertThat(fixture.booked(requests)).as("0 lost, 0 doubled").isEqualTo(DECISIONS);
        assertThat(ReadModelRows.of(suite.budget).count("SELECT count(*) FROM follow_up_line"
                + " WHERE appropriation_status = 'APPROVED' AND id::text = ANY (?)", requests)).isEqualTo(DECISIONS);
    }
}
