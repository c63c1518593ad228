package dk.radhus.meetings;

import static dk.radhus.meetings.DraftedItems.section;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.RadhusTestResources;

/** A follow-up for a committee without a planned meeting waits, and lands on the first meeting planned for it. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class PendingDraftTest {

    private static final String FOLLOW_UP = "BUDGET_FOLLOW_UP";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    private DraftingEvents events;

    @BeforeEach
    void events() {
        events = new DraftingEvents(objectMapper);
    }

    @Test
    void shouldDraftTheItemWhenTheCommitteesFirstMeetingIsPlannedWithoutMixingCommittees() {
        String first = TestData.committee();
        String second = TestData.committee();
        String past = TestData.meeting(first, "2020-05-11T17:00:00");
        UUID firstFollowUp = UUID.randomUUID();
        UUID secondFollowUp = UUID.randomUUID();
        awaitProcessed(events.send(Topics.BUDGET_FOLLOW_UPS, DraftingEvents.followUp(firstFollowUp, first)));
        awaitProcessed(events.send(Topics.BUDGET_FOLLOW_UPS, DraftingEvents.followUp(secondFollowUp, second)));
        assertThat(DraftedItems.referring(past, FOLLOW_UP, firstFollowUp.toString())).isEmpty();
        JsonPath waiting = drafts("pending=true&committee=" + first);
        assertThat(waiting.getList("sourceId")).containsExactly(firstFollowUp.toString());
        assertThat(waiting.getString("[0].title")).startsWith("2. Budgetopfølgning og regnskabsprognose 2011");
        assertThat(waiting.getBoolean("[0].pending")).isTrue();
        assertThat(waiting.getString("[0].meetingId")).isNull();

        JsonPath planned = plan(first, "2031-05-11T17:00:00");

        assertThat(planned.getList("items.references.id.flatten()")).containsExactly(firstFollowUp.toString());
        assertThat(planned.getString("items[0].title")).startsWith("2. Budgetopfølgning og regnskabsprognose 2011");
        assertThat(planned.getInt("items[0].number")).isEqualTo(1);
        String meeting = planned.getString("id");
        assertThat(drafts("pending=true&committee=" + first).getList("")).isEmpty();
        JsonPath landed = drafts("committee=" + first);
        assertThat(landed.getBoolean("[0].pending")).isFalse();
        assertThat(landed.getString("[0].meetingId")).isEqualTo(meeting);
        assertThat(landed.getString("[0].itemId")).isEqualTo(planned.getString("items[0].id"));
        assertThat(drafts("pending=true&committee=" + second).getList("sourceId"))
                .containsExactly(secondFollowUp.toString());
        assertThat(DraftedItems.referring(meeting, FOLLOW_UP, secondFollowUp.toString())).isEmpty();
        assertThat(Drafting.audited(planned.getString("items[0].id")))
                .as("the item lands because the secretary planned the meeting")
                .containsExactly("sekretaer item.drafted");

        JsonPath secondPlanned = plan(second, "2031-05-12T17:00:00");
        assertThat(secondPlanned.getList("items.references.id.flatten()")).containsExactly(secondFollowUp.toString());
        assertThat(plan(first, "2031-06-01T17:00:00").getList("items")).isEmpty();
    }

    @Test
    void shouldLandAWaitingDraftWhenAMeetingIsMovedIntoTheFuture() {
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee, "2020-05-11T17:00:00");
        UUID followUp = UUID.randomUUID();
        awaitProcessed(events.send(Topics.BUDGET_FOLLOW_UPS, DraftingEvents.followUp(followUp, committee)));
        assertThat(DraftedItems.referring(meeting, FOLLOW_UP, followUp.toString())).isEmpty();

        given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", committee, "startsAt", "2031-05-11T17:00:00", "location", "B101"))
                .put("/meetings/" + meeting).then().statusCode(200);

        assertThat(DraftedItems.referring(meeting, FOLLOW_UP, followUp.toString())).hasSize(1);
    }

    @Test
    void shouldHandADraftedItemOnToTheNextMeetingWhenItsMeetingIsCancelled() {
        String committee = TestData.committee();
        String cancelled = TestData.meeting(committee, "2031-05-11T17:00:00");
        String next = TestData.meeting(committee, "2031-09-01T17:00:00");
        UUID followUp = UUID.randomUUID();
        events.sendFollowUp(DraftingEvents.followUp(followUp, committee));
        String drafted = DraftedItems.awaitItem(cancelled, FOLLOW_UP, followUp.toString()).getString("id");

        TestData.transition(cancelled, "CANCELLED");

        JsonPath moved = DraftedItems.awaitItem(next, FOLLOW_UP, followUp.toString());
        assertThat(moved.getString("id")).isNotEqualTo(drafted);
        assertThat(moved.getString("title")).startsWith("2. Budgetopfølgning");
        events.sendFollowUp(DraftingEvents.followUpRequesting(followUp, committee, UUID.randomUUID()));
        DraftedItems.awaitItem(next, FOLLOW_UP, followUp.toString(),
                item -> section(item, "RECOMMENDATION").contains("godkendes"));
        assertThat(DraftedItems.referring(next, FOLLOW_UP, followUp.toString())).hasSize(1);
        assertThat(section(DraftedItems.item(cancelled, drafted), "RECOMMENDATION")).contains("tages til efterretning");
    }

    private static JsonPath drafts(String query) {
        return given().auth().oauth2(TestData.SECRETARY).get("/agenda-drafts?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath plan(String committee, String startsAt) {
        return given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", committee, "startsAt", startsAt, "location", "B101"))
                .post("/meetings").then().statusCode(201).extract().jsonPath();
    }

    private void awaitProcessed(UUID event) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Drafting.processed(entityManager, "meetings-follow-ups",
                event));
    }
}
