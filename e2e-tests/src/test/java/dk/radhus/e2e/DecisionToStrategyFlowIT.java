package dk.radhus.e2e;

import static dk.radhus.e2e.Meetings.reference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import io.restassured.path.json.JsonPath;

/**
 * Decisions on strategy objects reach strategy-service once each: the directorate's minutes of 16 December 2019,
 * items 5 (Vækstregnskab 2019, a growth account) and 6 (Handlingsplan for vækstpolitik, an action plan), and BEU's
 * item 2 of 11 May 2011 on the quality contracts' follow-up report.
 */
class DecisionToStrategyFlowIT {

    private static final String CONSUMER = "strategy-decisions";

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldRecordEachDecisionOnItsStrategyObjectOnceEvenWhenTheEventsAreDeliveredAgain() {
        String policy = strategy.policy("Vækstpolitik 2018-2022 – Vækst – vejen til velfærd");
        String account = strategy.growthAccount(2019, "Vækstregnskab 2019", Meetings.uniqueCode("VR"),
                "Arbejdspladser i kommunen");
        Strategy.QualityFollowUp report = strategy.qualityContractFollowUp("Integration " + Meetings.uniqueCode("Q"),
                1, "Fritidspas for særligt udsatte børn og unge.", "Fritidspas for børn og unge som ikke er aktive i "
                        + "det organiserede fritidsliv, samt igangsætning af ny fritidspasordning for særligt udsatte "
                        + "børn og unge.", 2012, "142 børn og unge har fået fritidspas");

        meetings.committee("DIR", "Direktionen", "DIRECTORATE");
        String directorate = meetings.meeting("DIR", "2019-12-16T09:00:00", "Mødelokale B105");
        String growthItem = meetings.addItem(directorate, Meetings.item(5, "Vækstregnskab 2019", "14/26479", null,
                "Det indstilles, at direktionen godkender de nytilføjede parametre, det grafiske udtryk, forordet i "
                        + "vækstregnskabet og indstillingen til ØU og Byrådet (jf. bilag 2).",
                List.of(reference("GROWTH_ACCOUNT", account))));
        String planItem = meetings.addItem(directorate, Meetings.item(6, "Handlingsplan for vækstpolitik", "18/8420",
                null, "Det indstilles, at direktionen godkender indsatserne i handleplanen, tager indsatsernes status "
                        + "til efterretning og får aflagt status hvert år fremadrettet.",
                List.of(reference("ACTION_PLAN", policy))));
        meetings.transition(directorate, "AGENDA_PUBLISHED");
        meetings.decide(directorate, growthItem, "Vækstregnskabet blev godkendt med de faldne bemærkninger.",
                "APPROVED_WITH_REMARKS");
        meetings.decide(directorate, planItem, "Godkendt med de faldne kommentarer.", "APPROVED_WITH_REMARKS");

        meetings.committee("BEU", "Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        String beu = meetings.meeting("BEU", "2011-05-11T17:00:00", "B101");
        String contractItem = meetings.addItem(beu, Meetings.item(2, "Kvalitetskontrakt - overordnet målsætning og "
                + "statusredegørelse", "3118504", "3126215", "Administrationen indstiller, at forslag til "
                        + "overordnede målsætninger og opfølgningsredegørelsen godkendes.",
                List.of(reference("QUALITY_CONTRACT_FOLLOW_UP", report.followUp()))));
        meetings.transition(beu, "AGENDA_PUBLISHED");
        meetings.decide(beu, contractItem, "Godkendt.", "APPROVED");

        List<String> items = List.of(growthItem, planItem, contractItem);
        List<UUID> events = ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", items);
        assertThat(events).hasSize(3);
        ReadModelRows.of(suite.strategy).awaitProcessed(CONSUMER, events);
        redeliver(items);

        assertThat(approvals(strategy.actionPlan(policy), "approvals", directorate)).singleElement()
                .satisfies(approval -> assertThat(approval)
                        .containsEntry("committeeCode", "DIR").containsEntry("caseNumber", "18/8420")
                        .containsEntry("meetingDate", "2019-12-16").containsEntry("decidedOn", "2019-12-16")
                        .containsEntry("decisionText", "Godkendt med de faldne kommentarer.")
                        .containsEntry("outcome", "APPROVED_WITH_REMARKS"));
        // The minutes are not approved, so only staff see the decisions yet (docs/one-truth.md).
        JsonPath growth = strategy.as(Strategy.DIRECTOR).get("/growth-accounts/2019").then()
                .statusCode(200).extract().jsonPath();
        assertThat(growth.getString("id")).isEqualTo(account);
        assertThat(approvals(growth, "approvals", directorate)).singleElement()
                .satisfies(approval -> assertThat(approval).containsEntry("caseNumber", "14/26479")
                        .containsEntry("decisionText", "Vækstregnskabet blev godkendt med de faldne bemærkninger."));
        JsonPath contract = strategy.as(Strategy.DIRECTOR).get("/quality-contracts/" + report.contract())
                .then().statusCode(200).extract().jsonPath();
        assertThat(approvals(contract, "followUps[0].approvals", beu)).singleElement()
                .satisfies(approval -> assertThat(approval).containsEntry("committeeCode", "BEU")
                        .containsEntry("caseNumber", "3118504").containsEntry("outcome", "APPROVED"));
    }

    /**
     * Sends every DecisionRecorded of the items again, exactly as it is on the topic (a redelivery after a consumer
     * restart looks like this), and waits until strategy-service has counted each as a duplicate.
     */
    private void redeliver(List<String> items) {
        List<KafkaTestClient.Message> decisions = KafkaTestClient.readAll(Topics.MEETING_DECISIONS,
                m -> items.contains(m.key()));
        assertThat(decisions).hasSize(items.size());
        Map<String, String> labels = Map.of("consumer", CONSUMER);
        double before = Metrics.of(suite.strategy).sum("radhus_events_duplicates_total", labels);
        decisions.forEach(m -> KafkaTestClient.send(Topics.MEETING_DECISIONS, m.key(), m.value()));
        await().atMost(Duration.ofSeconds(60)).until(() -> Metrics.of(suite.strategy)
                .sum("radhus_events_duplicates_total", labels) >= before + decisions.size());
    }

    /** The approvals at {@code path} from the given meeting (other tests may decide on a shared object). */
    private static List<Map<String, Object>> approvals(JsonPath json, String path, String meeting) {
        List<Map<String, Object>> approvals = json.getList(path);
        return approvals.stream().filter(a -> meeting.equals(a.get("meetingId"))).toList();
    }
}
