package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.TestEvents;

/**
 * On every topic a service consumes, an unparseable message and a well-formed event naming something the consumer
 * does not know land on {@code <topic>.dlq} with the reason header — once per consuming service — and the next good
 * event on the same partition (same key) is still applied.
 */
class PoisonMessageIT {

    private static final String UNPARSEABLE = "{\"id\": \"not json";
    private static final int YEAR = 2061;

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Budget budget = new Budget(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldDeadLetterPoisonCommitteeEventsInBudgetAndStrategyAndApplyTheNextCommittee() {
        DeadLetters.Consumer budgetDirectory = new DeadLetters.Consumer(suite.budget, "committee-directory");
        DeadLetters.Consumer strategyDirectory = new DeadLetters.Consumer(suite.strategy, "committee-directory");
        DeadLetters deadLetters = new DeadLetters(Topics.COMMITTEES, List.of(budgetDirectory, strategyDirectory));
        String code = Meetings.uniqueCode("PC");

        KafkaTestClient.send(Topics.COMMITTEES, code, UNPARSEABLE);
        KafkaTestClient.send(Topics.COMMITTEES, code, TestEvents.envelope("CommitteeUpserted", "Committee", code, """
                {"code":"%s","name":"Sogneråd","kind":"PARISH_COUNCIL","active":true}""".formatted(code)));
        meetings.committee(code, "Udvalg " + code, "POLITICAL_COMMITTEE");

        assertThat(deadLetters.awaitRecords(code, 4)).extracting(m -> m.header(DeadLetters.REASON_HEADER))
                .filteredOn(reason -> reason.contains("PARISH_COUNCIL")).hasSize(2);
        deadLetters.awaitCounterIncrease(budgetDirectory, 2);
        deadLetters.awaitCounterIncrease(strategyDirectory, 2);
    }

    @Test
    void shouldDeadLetterPoisonDecisionsInBudgetAndStrategyAndApplyTheNextDecision() {
        DeadLetters.Consumer budgetDecisions = new DeadLetters.Consumer(suite.budget, "budget-service-decisions");
        DeadLetters.Consumer strategyDecisions = new DeadLetters.Consumer(suite.strategy, "strategy-decisions");
        DeadLetters deadLetters = new DeadLetters(Topics.MEETING_DECISIONS, List.of(budgetDecisions, strategyDecisions));
        Committee committee = committeeWithArea();
        String followUp = submittedFollowUp(committee);
        String policy = strategy.policy("Vækstpolitik " + committee.code());
        String meeting = meetings.meeting(committee.code(), "2025-05-11T17:00:00", "B101");
        String item = meetings.addItem(meeting, Meetings.item(1, "Budgetopfølgning og handlingsplan", "11/2334",
                "3170234", "Administrationen indstiller, at sagen godkendes.",
                List.of(reference("BUDGET_FOLLOW_UP", followUp), reference("ACTION_PLAN", policy))));
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        String unknownFollowUp = UUID.randomUUID().toString();
        String unknownPolicy = UUID.randomUUID().toString();

        KafkaTestClient.send(Topics.MEETING_DECISIONS, item, UNPARSEABLE);
        KafkaTestClient.send(Topics.MEETING_DECISIONS, item, TestEvents.envelope(UUID.randomUUID(), "DecisionRecorded",
                2, "AgendaItem", item, Instant.now(), """
                {"itemId":"%s","meetingId":"%s","committeeCode":"%s","meetingDate":"2025-05-11","itemNumber":1,
                 "caseNumber":"11/2334","title":"Budgetopfølgning","decisionText":"Godkendt.","outcome":"APPROVED",
                 "decidedOn":"2025-05-11","itemVersion":1,"visibility":{"closed":false,"decisionPublic":false},
                 "references":[{"kind":"BUDGET_FOLLOW_UP","id":"%s"},{"kind":"ACTION_PLAN","id":"%s"}]}"""
                        .formatted(item, meeting, committee.code(), unknownFollowUp, unknownPolicy)));
        meetings.decide(meeting, item, "Godkendt.", "APPROVED");
        meetings.transition(meeting, "HELD");
        meetings.transition(meeting, "MINUTES_APPROVED");

        await().atMost(Duration.ofSeconds(60)).until(() -> "APPROVED".equals(budget.followUp(followUp)
                .getString("status")));
        await().atMost(Duration.ofSeconds(60)).until(() -> strategy.actionPlan(policy).getList("approvals").size() == 1);
        List<String> reasons = deadLetters.awaitRecords(item, 4).stream()
                .map(m -> m.header(DeadLetters.REASON_HEADER)).toList();
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("unknown follow-up " + unknownFollowUp));
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains(unknownPolicy));
        deadLetters.awaitCounterIncrease(budgetDecisions, 2);
        deadLetters.awaitCounterIncrease(strategyDecisions, 2);
    }

    @Test
    void shouldDeadLetterPoisonFollowUpsInMeetingsAndStrategyAndApplyTheNextFollowUp() {
        DeadLetters.Consumer drafting = new DeadLetters.Consumer(suite.meetings, "meetings-follow-ups");
        DeadLetters.Consumer budgetStatus = new DeadLetters.Consumer(suite.strategy, "strategy-budget-status");
        DeadLetters deadLetters = new DeadLetters(Topics.BUDGET_FOLLOW_UPS, List.of(drafting, budgetStatus));
        Committee committee = committeeWithArea();
        String followUp = budget.followUp(committee.code(), YEAR, 2, YEAR + "-03-31");
        budget.line(followUp, committee.area(), "100", "0", "400");
        String unknownCommittee = Meetings.uniqueCode("UK");

        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, followUp, UNPARSEABLE);
        KafkaTestClient.send(Topics.BUDGET_FOLLOW_UPS, followUp, TestEvents.envelope("FollowUpSubmitted",
                "BudgetFollowUp", followUp, """
                {"followUpId":"%s","committeeCode":"%s","fiscalYear":%d,"round":1,"cutOffDate":"%d-03-31",
                 "unit":"DKK_THOUSANDS","lines":[],"totals":{"policyAreaName":"I alt","originalBudget":0,
                 "correctedBudget":0,"spendToDate":0,"requestedAppropriation":0,"correctedBudgetAfterRequest":0,
                 "forecast":0,"deviation":0},"deviations":[],"appropriationRequested":false,"tableHtml":"<table></table>"}"""
                        .formatted(followUp, unknownCommittee, YEAR, YEAR)));
        budget.submit(followUp);

        await().atMost(Duration.ofSeconds(60)).until(() -> strategy.budgetStatus(committee.code()).getList("").size() == 1);
        List<UUID> submitted = ReadModelRows.of(suite.budget).outboxEventIds("FollowUpSubmitted", List.of(followUp));
        await().atMost(Duration.ofSeconds(60)).until(() -> ReadModelRows.of(suite.meetings)
                .processed("meetings-follow-ups", submitted) == 1);
        List<String> reasons = deadLetters.awaitRecords(followUp, 3).stream()
                .map(m -> m.header(DeadLetters.REASON_HEADER)).toList();
        assertThat(reasons).as("meetings-service drafts for known committees only")
                .anySatisfy(r -> assertThat(r).contains("unknown committee " + unknownCommittee));
        assertThat(strategy.budgetStatus(unknownCommittee).getList("")).as("strategy-service keeps a budget status "
                + "per committee code, also for a committee it has not heard of yet").hasSize(1);
        deadLetters.awaitCounterIncrease(drafting, 2);
        deadLetters.awaitCounterIncrease(budgetStatus, 1);
    }

    @Test
    void shouldDeadLetterPoisonStrategyEventsInMeetingsAndApplyTheNextStatus() throws Exception {
        DeadLetters.Consumer directorate = new DeadLetters.Consumer(suite.meetings, "meetings-strategy");
        DeadLetters deadLetters = new DeadLetters(Topics.STRATEGY, List.of(directorate));
        String policy = strategy.policy("Vækstpolitik " + Meetings.uniqueCode("P"));
        String goal = strategy.goal(strategy.focusArea(policy, "Erhverv"), "Sikre de bedste rammer for virksomheder");
        String initiative = strategy.initiative(goal, Meetings.uniqueCode("I"), "Erhvervsservice", "GREEN",
                "Forløber planmæssigt", "2019-11-01");
        // The outbox relay publishes after the commit: wait for the first status on the topic, don't race it.
        KafkaTestClient.Message first = await().atMost(Duration.ofSeconds(60)).until(() -> KafkaTestClient.readAll(
                Topics.STRATEGY, m -> initiative.equals(m.key())), messages -> !messages.isEmpty()).get(0);
        ObjectMapper json = new ObjectMapper();
        ObjectNode unknownLight = (ObjectNode) json.readTree(first.value());
        unknownLight.put("id", UUID.randomUUID().toString());
        ((ObjectNode) unknownLight.get("payload")).put("toLight", "PURPLE");

        KafkaTestClient.send(Topics.STRATEGY, initiative, UNPARSEABLE);
        KafkaTestClient.send(Topics.STRATEGY, initiative, json.writeValueAsString(unknownLight));
        strategy.status(initiative, "YELLOW", "Forsinket en måned", "2019-12-01");

        List<UUID> changes = ReadModelRows.of(suite.strategy).outboxEventIds("InitiativeStatusChanged",
                List.of(initiative));
        assertThat(changes).hasSize(2);
        await().atMost(Duration.ofSeconds(60)).until(() -> ReadModelRows.of(suite.meetings)
                .processed("meetings-strategy", changes) == 2);
        assertThat(deadLetters.awaitRecords(initiative, 2)).extracting(m -> m.header(DeadLetters.REASON_HEADER))
                .anySatisfy(r -> assertThat(r).contains("PURPLE"));
        deadLetters.awaitCounterIncrease(directorate, 2);
    }

    /** A committee with one policy area. */
    private record Committee(String code, String area) {
    }

    /** A new committee with one policy area in {@link #YEAR}. */
    private Committee committeeWithArea() {
        String code = Meetings.uniqueCode("PM");
        meetings.committee(code, "Udvalg " + code, "POLITICAL_COMMITTEE");
        budget.openYear(YEAR);
        String area = Budget.uniqueAreaCode();
        budget.policyArea(area, "Område " + area, code);
        return new Committee(code, area);
    }

    private String submittedFollowUp(Committee committee) {
        String followUp = budget.followUp(committee.code(), YEAR, 1, YEAR + "-03-31");
        budget.line(followUp, committee.area(), "100", "0", "400");
        budget.submit(followUp);
        return followUp;
    }
}
