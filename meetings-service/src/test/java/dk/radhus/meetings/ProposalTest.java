package dk.radhus.meetings;

import static dk.radhus.meetings.DraftedItems.section;
import static dk.radhus.meetings.Endpoints.assertGuarded;
import static dk.radhus.meetings.Endpoints.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/** Once the agenda is published a re-submitted follow-up is a proposal the secretary accepts or rejects. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ProposalTest {

    private static final Map<String, String> REASON = Map.of("reason", "Genåbnet budgetopfølgning med tillægsbevilling");

    @Inject
    ObjectMapper objectMapper;

    private DraftingEvents events;
    private String committee;
    private String meeting;
    private UUID followUp;
    private String item;

    @BeforeEach
    void publishedDraftedItem() {
        events = new DraftingEvents(objectMapper);
        committee = TestData.committee();
        meeting = TestData.meeting(committee);
        followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));
        item = DraftedItems.awaitItem(meeting, "BUDGET_FOLLOW_UP", followUp.toString()).getString("id");
        TestData.transition(meeting, "AGENDA_PUBLISHED");
    }

    @Test
    void shouldProposeTheChangeInsteadOfRewritingAPublishedItem() {
        UUID request = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, request));

        JsonPath proposal = awaitProposals(1);
        assertThat(proposal.getString("[0].status")).isEqualTo("PENDING");
        assertThat(proposal.getList("[0].changes")).containsExactly("sections", "references");
        assertThat(proposal.getString("[0].proposedBy")).isEqualTo("system:budget-service");
        assertThat(proposal.getString("[0].sections.find { it.type == 'RECOMMENDATION' }.body")).contains("godkendes");
        assertThat(proposal.getList("[0].references.id")).containsExactly(followUp.toString(), request.toString());
        JsonPath unchanged = DraftedItems.item(meeting, item);
        assertThat(section(unchanged, "RECOMMENDATION")).endsWith("tages til efterretning.");
        assertThat(unchanged.getList("amendments")).isEmpty();
        call(null, "GET", "/meetings/" + meeting + "/items/" + item, null).statusCode(200)
                .body("sections.find { it.type == 'RECOMMENDATION' }.body", endsWith("tages til efterretning."));
        assertThat(Drafting.audited(item)).containsExactly("event FollowUpSubmitted item.drafted",
                "event FollowUpSubmitted item.proposal");
    }

    @Test
    void shouldLetANewerProposalSupersedeAPendingOne() {
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));
        awaitProposals(1);
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));

        JsonPath proposals = awaitProposals(2);
        assertThat(proposals.getList("status")).containsExactly("SUPERSEDED", "PENDING");
    }

    @Test
    void shouldApplyAnAcceptedProposalAsAnAmendmentWithItsReasonAndLetItsDecisionTravel() throws Exception {
        UUID request = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, request));
        String proposal = awaitProposals(1).getString("[0].id");

        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", REASON).statusCode(200)
                .body("id", equalTo(item))
                .body("amendments[0].reason", equalTo(REASON.get("reason")))
                .body("amendments[0].changes", equalTo("sections, references"))
                .body("amendments[0].amendedBy", equalTo("sekretaer"));
        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", REASON).statusCode(409);

        JsonPath accepted = DraftedItems.item(meeting, item);
        assertThat(section(accepted, "RECOMMENDATION")).contains("godkendes, herunder ansøgt tillægsbevilling");
        assertThat(call(TestData.DIRECTOR, "GET", proposals(), null).statusCode(200).extract().jsonPath()
                .getString("[0].decidedBy")).isEqualTo("sekretaer");
        TestData.decide(meeting, item, "Godkendt.", "APPROVED");
        JsonNode decision = awaitDecision();
        assertThat(decision.at("/payload/references/1/kind").asText()).isEqualTo("APPROPRIATION_REQUEST");
        assertThat(decision.at("/payload/references/1/id").asText()).isEqualTo(request.toString());
    }

    @Test
    void shouldLeaveTheItemAsItIsWhenAProposalIsRejected() {
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));
        String proposal = awaitProposals(1).getString("[0].id");

        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/reject", Map.of("reason", "Afventer ØU"))
                .statusCode(200).body("status", equalTo("REJECTED")).body("decisionReason", equalTo("Afventer ØU"));

        JsonPath item = DraftedItems.item(meeting, this.item);
        assertThat(section(item, "RECOMMENDATION")).endsWith("tages til efterretning.");
        assertThat(item.getList("amendments")).isEmpty();
        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", REASON).statusCode(409);
    }

    @Test
    void shouldOnlyLetAProposalAfterApprovedMinutesBeRejected() {
        TestData.transition(meeting, "HELD");
        TestData.transition(meeting, "MINUTES_APPROVED");
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));
        String proposal = awaitProposals(1).getString("[0].id");

        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", REASON).statusCode(409)
                .contentType("application/problem+json");
        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/reject", REASON).statusCode(200);
        assertThat(DraftedItems.item(meeting, item).getList("amendments")).isEmpty();
    }

    @Test
    void shouldGuardTheProposalEndpointsAndValidateTheReason() {
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));
        String proposal = awaitProposals(1).getString("[0].id");

        assertGuarded("GET", proposals(), null, TestData.FINANCE);
        call(TestData.DIRECTOR, "GET", proposals(), null).statusCode(200);
        assertGuarded("POST", proposals() + "/" + proposal + "/reject", REASON, TestData.DIRECTOR);
        assertGuarded("POST", proposals() + "/" + proposal + "/accept", REASON, TestData.FINANCE);
        // An administrator keeps reference data, not the secretariat's record (README, "What you see").
        assertGuarded("POST", proposals() + "/" + proposal + "/accept", REASON, TestData.ADMIN);
        assertGuarded("POST", proposals() + "/" + proposal + "/reject", REASON, TestData.ADMIN);
        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", Map.of("reason", " "))
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        call(TestData.SECRETARY, "POST", proposals() + "/" + UUID.randomUUID() + "/accept", REASON).statusCode(404);
        assertThat(awaitProposals(1).getString("[0].status")).isEqualTo("PENDING");
        call(TestData.SECRETARY, "POST", proposals() + "/" + proposal + "/accept", REASON).statusCode(200);
    }

    private String proposals() {
        return "/meetings/" + meeting + "/items/" + item + "/proposals";
    }

    private JsonPath awaitProposals(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> call(TestData.SECRETARY, "GET", proposals(), null)
                .statusCode(200).extract().jsonPath().getList("$").size() == count);
        return call(TestData.SECRETARY, "GET", proposals(), null).extract().jsonPath();
    }

    private JsonNode awaitDecision() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> !KafkaTestClient.readAll(Topics.MEETING_DECISIONS,
                m -> item.equals(m.key())).isEmpty());
        return objectMapper.readTree(KafkaTestClient.readAll(Topics.MEETING_DECISIONS, m -> item.equals(m.key()))
                .get(0).value());
    }
}
