package dk.radhus.meetings;

import static dk.radhus.meetings.DraftedItems.section;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.RadhusTestResources;

/** FollowUpSubmitted from budget-service drafts one agenda item on the committee's next planned meeting. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class FollowUpDraftingTest {

    private static final String FOLLOW_UP = "BUDGET_FOLLOW_UP";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    private DraftingEvents events;
    private String committee;
    private String name;

    @BeforeEach
    void committee() {
        events = new DraftingEvents(objectMapper);
        committee = TestData.committee("Borger- og Erhvervsudvalget", "POLITICAL_COMMITTEE");
        name = "Borger- og Erhvervsudvalget " + committee;
    }

    @Test
    void shouldDraftAgendaItemOnTheNextPlannedMeetingWhenFollowUpIsSubmitted() {
        String past = TestData.meeting(committee, "2020-05-11T17:00:00");
        String later = TestData.meeting(committee, "2031-09-01T17:00:00");
        String next = TestData.meeting(committee, "2031-05-11T17:00:00");
        TestData.addItem(next, TestData.item(1, "Meddelelser", "OPEN"));
        UUID followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));

        JsonPath item = DraftedItems.awaitItem(next, FOLLOW_UP, followUp.toString());
        assertThat(item.getString("title")).isEqualTo("2. Budgetopfølgning og regnskabsprognose 2011 for " + name);
        assertThat(item.getInt("number")).isEqualTo(2);
        assertThat(item.getString("kind")).isEqualTo("DECISION");
        assertThat(item.getString("access")).isEqualTo("OPEN");
        assertThat(item.getList("sections.type")).containsExactly("CASE_PRESENTATION", "FINANCES", "RECOMMENDATION");
        assertThat(item.getList("sections.heading")).containsExactly("Sagsfremstilling", "Økonomi", "Indstilling");
        assertThat(section(item, "CASE_PRESENTATION"))
                .startsWith("I henhold til den af Økonomiudvalget godkendte budgetopfølgningsprocedure fremlægges"
                        + " 2. budgetopfølgning og regnskabsprognose 2011 for " + name + " med forbrug pr. 31/3-2011.")
                .contains(name + " har ved 2. budgetopfølgning et korrigeret budget på 353.000 kr., et forbrug pr."
                        + " 31/3-2011 på -25.000 kr. og et forventet regnskab på 353.000 kr. Budgettet forventes overholdt.")
                .contains("Budgetopfølgningen viser ingen afvigelser ud over afvigelsesgrænserne.");
        assertThat(section(item, "RECOMMENDATION")).isEqualTo(
                "Administrationen indstiller, at 2. budgetopfølgning for " + name + " tages til efterretning.");
        assertThat(item.getList("references")).containsExactly(Map.of("kind", FOLLOW_UP, "id", followUp.toString()));
        assertThat(DraftedItems.referring(past, FOLLOW_UP, followUp.toString())).isEmpty();
        assertThat(DraftedItems.referring(later, FOLLOW_UP, followUp.toString())).isEmpty();
        assertThat(Drafting.audited(item.getString("id"))).containsExactly("event FollowUpSubmitted item.drafted");
        given().get("/meetings/" + next + "/items").then().statusCode(404);
    }

    @Test
    void shouldKeepTheCommitteeTableButNoScriptInTheFinancesSection() {
        String meeting = TestData.meeting(committee);
        UUID followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));

        JsonPath item = DraftedItems.awaitItem(meeting, FOLLOW_UP, followUp.toString());
        assertThat(item.getString("sections.find { it.type == 'FINANCES' }.format")).isEqualTo("HTML");
        assertThat(section(item, "FINANCES"))
                .startsWith("<p>" + name + " har ved 2. budgetopfølgning et korrigeret budget på 353.000 kr., jf. tabel 1."
                        + "</p><table class=\"radhus-budget-table\">")
                .contains("<caption>Tabel 1: Budgetoversigt</caption>", "<th>Korr. budget 2011</th>",
                        "<tr class=\"line\"><td>881 Borger og erhvervsudvalget</td><td>355</td><td>353</td></tr>",
                        "<tr class=\"total\"><td><b>I alt</b></td>")
                .doesNotContainIgnoringCase("script").doesNotContain("alert", "onclick", "onerror", "<img", "<a",
                        "javascript");
        assertThat(item.getString("sections.find { it.type == 'CASE_PRESENTATION' }.format")).isEqualTo("TEXT");
    }

    @Test
    void shouldRecommendApprovalWithTheAppropriationAndReferToEachRequestWhenOneIsRequested() {
        String meeting = TestData.meeting(committee);
        UUID followUp = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, request));

        JsonPath item = DraftedItems.awaitItem(meeting, FOLLOW_UP, followUp.toString());
        assertThat(section(item, "RECOMMENDATION")).isEqualTo("Administrationen indstiller, at 2. budgetopfølgning for "
                + name + " godkendes, herunder ansøgt tillægsbevilling på i alt 450.000 kr. (882 Integration: 450.000 kr.).");
        assertThat(section(item, "CASE_PRESENTATION"))
                .contains("Det giver et forventet merforbrug på 600.000 kr.")
                .contains("Budgetopfølgningen viser følgende afvigelser:\n- 882 Integration: Forventet merforbrug på"
                        + " 600.000 kr. i forhold til korrigeret budget")
                .endsWith("Der søges om tillægsbevilling på i alt 450.000 kr.:\n- 882 Integration: 450.000 kr.");
        assertThat(item.getList("references")).containsExactly(Map.of("kind", FOLLOW_UP, "id", followUp.toString()),
                Map.of("kind", "APPROPRIATION_REQUEST", "id", request.toString()));
    }

    @Test
    void shouldUpdateTheSameItemAndKeepTheSecretarysEditsWhenTheFollowUpIsResubmitted() {
        String meeting = TestData.meeting(committee);
        UUID followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));
        JsonPath drafted = DraftedItems.awaitItem(meeting, FOLLOW_UP, followUp.toString());
        String itemId = drafted.getString("id");
        given().auth().oauth2(TestData.SECRETARY).contentType("application/json").body(edited(drafted))
                .put("/meetings/" + meeting + "/items/" + itemId).then().statusCode(200);

        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));

        JsonPath item = DraftedItems.awaitItem(meeting, FOLLOW_UP, followUp.toString(),
                found -> section(found, "RECOMMENDATION").contains("godkendes"));
        assertThat(item.getString("id")).isEqualTo(itemId);
        assertThat(item.getInt("number")).isEqualTo(7);
        assertThat(item.getString("caseNumber")).isEqualTo("11/2334");
        assertThat(item.getList("sections.type"))
                .containsExactly("CASE_PRESENTATION", "FINANCES", "ASSESSMENT", "RECOMMENDATION");
        assertThat(item.getList("references.kind")).containsExactly(FOLLOW_UP, "APPROPRIATION_REQUEST");
        assertThat(Drafting.audited(itemId)).containsExactly("event FollowUpSubmitted item.drafted",
                "sekretaer item.updated", "event FollowUpSubmitted item.redrafted");
    }

    @Test
    void shouldApplyARedeliveredEventOnceAndIgnoreAnOlderEventArrivingLate() {
        String meeting = TestData.meeting(committee);
        UUID followUp = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        Instant now = Instant.now();
        double skippedBefore = Drafting.duplicatesSkipped("meetings-follow-ups");
        events.send(Topics.BUDGET_FOLLOW_UPS, event, now, DraftingEvents.followUpRequesting(followUp, committee,
                UUID.randomUUID()));
        events.send(Topics.BUDGET_FOLLOW_UPS, event, now, DraftingEvents.followUpRequesting(followUp, committee,
                UUID.randomUUID()));
        events.send(Topics.BUDGET_FOLLOW_UPS, older, now.minusSeconds(3600), DraftingEvents.followUp(followUp,
                committee));

        await().atMost(Duration.ofSeconds(30)).until(() -> Drafting.processed(entityManager, "meetings-follow-ups",
                older));
        assertThat(Drafting.duplicatesSkipped("meetings-follow-ups") - skippedBefore).isEqualTo(1.0);
        List<Map<String, Object>> items = DraftedItems.referring(meeting, FOLLOW_UP, followUp.toString());
        assertThat(items).hasSize(1);
        JsonPath item = DraftedItems.item(meeting, (String) items.get(0).get("id"));
        assertThat(section(item, "RECOMMENDATION")).contains("godkendes");
        assertThat(Drafting.audited(item.getString("id"))).containsExactly("event FollowUpSubmitted item.drafted");
    }

    /** The drafted item as the secretary re-saves it: renumbered, a case number and a Vurdering section added. */
    private static Map<String, Object> edited(JsonPath drafted) {
        List<Map<String, Object>> sections = new ArrayList<>(drafted.getList("sections"));
        sections.add(2, Map.of("type", "ASSESSMENT", "body", "Ingen bemærkninger."));
        return Map.of("number", 7, "title", drafted.getString("title"), "caseNumber", "11/2334",
                "kind", drafted.getString("kind"), "access", drafted.getString("access"), "sections", sections,
                "references", drafted.getList("references"));
    }
}
