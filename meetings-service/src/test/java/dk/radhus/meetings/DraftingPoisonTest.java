package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.platform.events.AmountUnit;
import dk.radhus.platform.events.DeviationDetected;
import dk.radhus.platform.events.GrowthAccountPublished;
import dk.radhus.platform.events.InitiativeStatusChanged.Light;
import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestEvents;

/** Messages the consumers cannot process go to {@code <topic>.dlq} with the reason; the next good one still applies. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class DraftingPoisonTest {

    @Inject
    ObjectMapper objectMapper;

    private DraftingEvents events;
    private String committee;
    private String meeting;

    @BeforeEach
    void plannedMeeting() {
        events = new DraftingEvents(objectMapper);
        committee = TestData.committee();
        meeting = TestData.meeting(committee);
    }

    @Test
    void shouldDeadLetterAnUnparseableFollowUpAndApplyTheNextOne() {
        UUID followUp = UUID.randomUUID();
        String garbage = "{not an event " + followUp;
        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, followUp.toString(), garbage);
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));

        DraftedItems.awaitItem(meeting, "BUDGET_FOLLOW_UP", followUp.toString());
        assertThat(awaitDeadLettered(Topics.BUDGET_FOLLOW_UPS, garbage).header("dead-letter-reason"))
                .startsWith("Not an event envelope");
    }

    @Test
    void shouldDeadLetterAFollowUpForAnUnknownCommitteeAndApplyTheNextOne() {
        UUID unknown = UUID.randomUUID();
        String message = events.envelope(UUID.randomUUID(), Instant.now(), DraftingEvents.followUp(unknown, "TUKENDT"));
        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, unknown.toString(), message);
        UUID followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));

        DraftedItems.awaitItem(meeting, "BUDGET_FOLLOW_UP", followUp.toString());
        assertThat(awaitDeadLettered(Topics.BUDGET_FOLLOW_UPS, message).header("dead-letter-reason"))
                .isEqualTo("Follow-up " + unknown + " is for unknown committee TUKENDT");
    }

    @Test
    void shouldIgnoreDeviationDetectedOnTheFollowUpTopic() {
        UUID followUp = UUID.randomUUID();
        String deviation = events.envelope(UUID.randomUUID(), Instant.now(), new DeviationDetected(followUp, committee,
                2011, 2, LocalDate.of(2011, 3, 31), "882", "Integration", AmountUnit.DKK_THOUSANDS,
                new BigDecimal("1000"), new BigDecimal("1600"), new BigDecimal("-600"),
                DeviationDetected.Kind.OVERSPEND, "FORECAST_DEVIATION"));
        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, followUp.toString(), deviation);
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));

        DraftedItems.awaitItem(meeting, "BUDGET_FOLLOW_UP", followUp.toString());
        assertThat(deadLettered(Topics.BUDGET_FOLLOW_UPS, deviation)).isEmpty();
    }

    @Test
    void shouldDeadLetterAnUnknownOrInvalidStrategyEventAndIgnoreAGrowthAccount() {
        DraftedItems.cancelPlannedDirectorateMeetings();
        String directorate = TestData.committee("Direktionen", "DIRECTORATE");
        String directorateMeeting = TestData.meeting(directorate, "2031-01-02T09:00:00");
        UUID initiative = UUID.randomUUID();
        UUID policy = UUID.randomUUID();
        String unknown = TestEvents.envelope("InitiativeArchived", "Initiative", initiative.toString(),
                "{\"initiativeId\":\"" + initiative + "\"}");
        String invalid = TestEvents.envelope("InitiativeStatusChanged", "Initiative", initiative.toString(),
                "{\"initiativeId\":\"" + initiative + "\",\"toLight\":\"RED\"}");
        String account = events.envelope(UUID.randomUUID(), Instant.now(), new GrowthAccountPublished(initiative,
                2019, 19, List.of("Beskæftigelse"), 3, 5, 11, Instant.now()));
        KafkaTestClient.send(Topics.STRATEGY, initiative.toString(), unknown);
        KafkaTestClient.send(Topics.STRATEGY, initiative.toString(), invalid);
        KafkaTestClient.send(Topics.STRATEGY, initiative.toString(), account);
        events.sendStatus(DraftingEvents.status(initiative, policy, "3.1", Light.RED, LocalDate.of(2031, 1, 1)));

        DraftedItems.awaitItem(directorateMeeting, "ACTION_PLAN", policy.toString());
        assertThat(awaitDeadLettered(Topics.STRATEGY, unknown).header("dead-letter-reason"))
                .isEqualTo("Unknown event type InitiativeArchived");
        assertThat(awaitDeadLettered(Topics.STRATEGY, invalid).header("dead-letter-reason"))
                .startsWith("Invalid InitiativeStatusChanged payload");
        assertThat(deadLettered(Topics.STRATEGY, account)).isEmpty();
    }

    private static KafkaTestClient.Message awaitDeadLettered(String topic, String value) {
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(topic, value).size() == 1);
        return deadLettered(topic, value).get(0);
    }

    private static List<KafkaTestClient.Message> deadLettered(String topic, String value) {
        return KafkaTestClient.readAll(Topics.deadLetter(topic), m -> value.equals(m.value()));
    }
}
