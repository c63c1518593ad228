package dk.radhus.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * Initiatives of a growth policy's action plan turning red in strategy-service are collected onto one orientation item
 * on the directorate's next planned meeting in meetings-service (documented in docs/meetings-service.md, flow 2),
 * updated while the meeting is planned; the directorate's decision travels back to the action plan. Texts: the
 * directorate's minutes of 16 December 2019, item 6.
 */
class StrategyToDirectorateFlowIT {

    private static final String POLICY = "Vækstpolitik 2018-2022 – Vækst – vejen til velfærd";
    private static final String TITLE = "Status på handlingsplan for vækstpolitikken: ";

    private final Suite suite = Suite.get();
    private final Meetings meetings = new Meetings(suite);
    private final Strategy strategy = new Strategy(suite);

    @Test
    void shouldCollectTheRedInitiativesOnOneDirectorateItemAndRecordTheDirectoratesDecisionOnTheActionPlan() {
        String directorate = Meetings.uniqueCode("DIR");
        meetings.committee(directorate, "Direktionen " + directorate, "DIRECTORATE");
        String meeting = meetings.meeting(directorate, LocalDate.now().plusDays(1) + "T09:00:00",
                "Mødelokale B105");
        String policy = strategy.policy(POLICY);
        String goal = strategy.goal(strategy.focusArea(policy, "Erhverv"),
                "Sikre de bedste rammer for at etablere og drive virksomhed i Høje-Taastrup Kommune");
        String service = Meetings.uniqueCode("E");
        String climate = Meetings.uniqueCode("K");
        String first = strategy.initiative(goal, service, "Erhvervsservice for iværksættere", "GREEN",
                "Forløber planmæssigt", "2019-11-15");
        String second = strategy.initiative(goal, climate, "Klimaplan for erhvervsområderne", "RED",
                "Finansieringen mangler", "2019-11-15");

        awaitItemTitle(meeting, policy, TITLE + "1 indsats i rødt");
        strategy.status(first, "RED", "Vejledningen er sat i bero", "2019-12-01");
        Map<String, Object> item = awaitItemTitle(meeting, policy, TITLE + "2 indsatser i rødt");
        assertThat(item).containsEntry("kind", "INFORMATION").containsEntry("access", "OPEN");
        assertThat(item.get("references")).isEqualTo(List.of(Map.of("kind", "ACTION_PLAN", "id", policy)));
        JsonPath agenda = meetings.meetingAsSecretary(meeting);
        String sections = "items.find { it.id == '" + item.get("id") + "' }.sections";
        assertThat(agenda.getString(sections + ".find { it.type == 'CASE_PRESENTATION' }.body")).contains(
                service + " Erhvervsservice for iværksættere", "Vejledningen er sat i bero",
                climate + " Klimaplan for erhvervsområderne", "Finansieringen mangler", "Fokusområde: Erhverv");
        assertThat(agenda.getString(sections + ".find { it.type == 'RECOMMENDATION' }.body")).isEqualTo(
                "Administrationen indstiller, at Direktionen orienteres om status for 2 indsatser i rødt i "
                        + "handlingsplanen for " + POLICY + ", og at orienteringen tages til efterretning.");

        strategy.status(second, "GREEN", "Finansieringen er på plads", "2019-12-10");
        awaitItemTitle(meeting, policy, TITLE + "1 indsats i rødt");
        assertThat(itemsFor(meeting, policy)).as("one item per action plan").hasSize(1);

        String itemId = (String) item.get("id");
        meetings.transition(meeting, "AGENDA_PUBLISHED");
        meetings.decide(meeting, itemId, "Taget til efterretning.", "NOTED");
        ReadModelRows.of(suite.strategy).awaitProcessed("strategy-decisions",
                ReadModelRows.of(suite.meetings).outboxEventIds("DecisionRecorded", List.of(itemId)));
        List<Map<String, Object>> approvals = strategy.actionPlan(policy).getList("approvals");
        assertThat(approvals).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("committeeCode", directorate).containsEntry("meetingId", meeting)
                .containsEntry("decisionText", "Taget til efterretning.").containsEntry("outcome", "NOTED"));
    }

    private Map<String, Object> awaitItemTitle(String meeting, String policy, String title) {
        await().atMost(Duration.ofSeconds(60)).until(() -> itemsFor(meeting, policy).stream()
                .anyMatch(i -> title.equals(i.get("title"))));
        return itemsFor(meeting, policy).get(0);
    }

    /** The meeting's items that refer to the policy's action plan. */
    private List<Map<String, Object>> itemsFor(String meeting, String policy) {
        List<Map<String, Object>> items = meetings.meetingAsSecretary(meeting).getList("items");
        return items.stream().filter(i -> String.valueOf(i.get("references")).contains(policy)).toList();
    }
}
