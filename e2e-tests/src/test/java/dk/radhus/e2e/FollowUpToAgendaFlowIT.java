package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import io.restassured.path.json.JsonPath;

/**
 * A submitted budget follow-up drafts its agenda item on the committee's next planned meeting in meetings-service
 * (documented in docs/meetings-service.md, flow 1), once; the secretary publishes it and the committee's decision
 * travels back to budget-service with the item's references. Figures: the BEU agenda of 11 May 2011, item 5 (committee
 * names are unique, so the committee is a BEU of its own).
 */
class FollowUpToAgendaFlowIT {

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);

    @Test
    void shouldDraftTheAgendaItemOnceWhenTheFollowUpIsSubmittedAndBookTheApprovedAppropriation() {
        String committee = Meetings.uniqueCode("BEU");
        String name = "Borger- og Erhvervsudvalget " + committee;
        meetings.committee(committee, name, "POLITICAL_COMMITTEE");
        String startsAt = LocalDate.now().plusMonths(2) + "T17:00:00";
        String meeting = meetings.meeting(committee, startsAt, "B101");
        budget.openYear(2011);
        String pool = Budget.uniqueAreaCode();
        String integration = Budget.uniqueAreaCode();
        budget.policyArea(pool, "Borger og erhvervsudvalget", committee);
        budget.policyArea(integration, "Integration", committee);
        String council = Budget.uniqueAreaCode();
        String economy = Meetings.uniqueCode("OEU");
        meetings.committee(economy, "Økonomiudvalget " + economy, "POLITICAL_COMMITTEE");
        budget.policyArea(council, "Integrationsrådet", economy);
        budget.entry(2011, pool, "ORIGINAL", "355", "2010-10-13", "Oprindeligt budget 2011");
        budget.transfer(2011, pool, council, "2", "2011-02-15", "Omplacering til Integrationsrådet");
        budget.entry(2011, integration, "ORIGINAL", "1200", "2010-10-13", "Oprindeligt budget 2011");
        String followUp = budget.followUp(committee, 2011, 2, "2011-03-31");
        budget.line(followUp, pool, "-25", "0", "353");
        budget.line(followUp, integration, "300", "450", "1650");
        budget.submit(followUp);
        String request = budget.appropriationRequests(followUp).get(0);

        await().atMost(Duration.ofSeconds(60)).until(() -> drafted(meeting, followUp) != null);
        Map<String, Object> item = drafted(meeting, followUp);
        assertThat(item).containsEntry("number", 1).containsEntry("kind", "DECISION").containsEntry("access", "OPEN")
                .containsEntry("title", "2. Budgetopfølgning og regnskabsprognose 2011 for " + name);
        assertThat(item.get("references")).isEqualTo(List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", followUp),
                Map.of("kind", "APPROPRIATION_REQUEST", "id", request)));
        JsonPath agenda = meetings.meetingAsSecretary(meeting);
        String sections = "items.find { it.id == '" + item.get("id") + "' }.sections";
        assertThat(agenda.getList(sections + ".type")).containsExactly("CASE_PRESENTATION", "FINANCES",
                "RECOMMENDATION");
        assertThat(agenda.getString(sections + "[0].body")).contains("pr. 31/3-2011", "1.553.000 kr.", "450.000 kr.");
        assertThat(agenda.getString(sections + "[1].format")).isEqualTo("HTML");
        assertThat(agenda.getString(sections + "[1].body")).contains("jf. tabel 1", "<table", "Budgetoversigt",
                integration + " Integration");
        assertThat(agenda.getString(sections + "[2].body")).startsWith("Administrationen indstiller, at 2. budgetopfølgning "
                + "for " + name + " godkendes").contains("450.000 kr.");

        redeliverTheFollowUpEvent(followUp);
        assertThat(meetings.meetingAsSecretary(meeting).getList("items")).as("one item per follow-up").hasSize(1);

        String itemId = (String) item.get("id");
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        meetings.decide(meeting, itemId, "Godkendt.", "APPROVED");
        meetings.transition(meeting, "HELD");
        meetings.transition(meeting, "MINUTES_APPROVED");
        // The public sees the decision and what it changed once the minutes are approved (docs/one-truth.md).
        List<UUID> events = new ArrayList<>(ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded",
                List.of(itemId)));
        events.addAll(ReadModelRows.of(suite.meetings).outboxEventIds("ItemVisibilityChanged", List.of(itemId)));
        assertThat(events).hasSize(2);
        ReadModelRows.of(suite.budget).awaitProcessed("budget-service-decisions", events);
        assertThat(budget.followUp(followUp).getString("status")).isEqualTo("APPROVED");
        JsonPath ledger = given().baseUri(suite.budget.baseUri()).get("/years/2011/budgets/" + integration)
                .then().statusCode(200).extract().jsonPath();
        assertThat(ledger.getList("entries.kind")).containsExactly("ORIGINAL", "SUPPLEMENTARY");
        assertThat(ledger.getInt("entries[1].amount")).isEqualTo(450);
        assertThat(ledger.getString("entries[1].decision.meetingId")).isEqualTo(meeting);
        assertThat(ledger.getInt("entries[1].decision.itemNumber")).isEqualTo(1);
        assertThat(ledger.getInt("correctedBudget")).isEqualTo(1650);
    }

    /** Sends the FollowUpSubmitted again as it is on the topic and waits until meetings-service counted a duplicate. */
    private void redeliverTheFollowUpEvent(String followUp) {
        List<KafkaTestClient.Message> submitted = KafkaTestClient.readAll(Topics.BUDGET_FOLLOW_UPS,
                m -> followUp.equals(m.key()) && m.value().contains("\"FollowUpSubmitted\""));
        assertThat(submitted).hasSize(1);
        Map<String, String> labels = Map.of("consumer", "meetings-follow-ups", "type", "FollowUpSubmitted");
        double before = Metrics.of(suite.meetings).sum("radhus_events_duplicates_total", labels);
        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, followUp, submitted.get(0).value());
        await().atMost(Duration.ofSeconds(60)).until(() -> Metrics.of(suite.meetings)
                .sum("radhus_events_duplicates_total", labels) == before + 1);
        List<UUID> events = ReadModelRows.of(suite.budget).outboxEventIds("FollowUpSubmitted", List.of(followUp));
        assertThat(ReadModelRows.of(suite.meetings).processed("meetings-follow-ups", events)).isEqualTo(1);
    }

    /** The item on the meeting that refers to the follow-up, or null while there is none. */
    private Map<String, Object> drafted(String meeting, String followUp) {
        List<Map<String, Object>> items = meetings.meetingAsSecretary(meeting).getList("items");
        return items.stream().filter(i -> String.valueOf(i.get("references")).contains(followUp)).findFirst()
                .orElse(null);
    }
}
