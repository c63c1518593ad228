package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/**
 * Every change of what the public may see of a decided item travels as ItemVisibilityChanged on the decisions topic,
 * with the item's next version: closing or reopening it, and the minutes making its decision public.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ItemVisibilityEventsTest {

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldPublishTheVisibilityWhenADecidedItemIsClosedReopenedAndItsMinutesApproved() throws Exception {
        String meeting = TestData.meeting(TestData.committee());
        Map<String, Object> item = new HashMap<>(TestData.item(1, "Tillægsbevilling til vejvedligehold", "OPEN"));
        String itemId = TestData.addItem(meeting, item);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.decide(meeting, itemId, "Godkendt.", "APPROVED");
        changeAccess(meeting, itemId, item, "CLOSED");
        changeAccess(meeting, itemId, item, "OPEN");
        TestData.transition(meeting, "HELD");
        TestData.transition(meeting, "MINUTES_APPROVED");

        List<JsonNode> events = awaitEvents(itemId, 4);
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("DecisionRecorded",
                "ItemVisibilityChanged", "ItemVisibilityChanged", "ItemVisibilityChanged");
        assertThat(events).extracting(e -> e.at("/payload/itemVersion").asLong()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(e -> e.at("/payload/visibility/closed").asBoolean())
                .containsExactly(false, true, false, false);
        assertThat(events).extracting(e -> e.at("/payload/visibility/decisionPublic").asBoolean())
                .containsExactly(false, false, false, true);
    }

    @Test
    void shouldPublishNothingWhenAnUndecidedItemIsClosed() throws Exception {
        String meeting = TestData.meeting(TestData.committee());
        Map<String, Object> item = new HashMap<>(TestData.item(1, "Orientering", "OPEN"));
        String itemId = TestData.addItem(meeting, item);
        String decided = TestData.addItem(meeting, TestData.item(2, "Beslutning", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        changeAccess(meeting, itemId, item, "CLOSED");
        TestData.decide(meeting, decided, "Godkendt.", "APPROVED");

        awaitEvents(decided, 1);
        assertThat(KafkaTestClient.readAll(Topics.MEETING_DECISIONS, m -> itemId.equals(m.key()))).isEmpty();
    }

    @Test
    void shouldRefuseToCancelAMeetingThatHasMadeDecisions() {
        String meeting = TestData.meeting(TestData.committee());
        String itemId = TestData.addItem(meeting, TestData.item(1, "Beslutning", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.decide(meeting, itemId, "Godkendt.", "APPROVED");

        given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON).body(Map.of("to", "CANCELLED"))
                .post("/meetings/" + meeting + "/transitions").then().statusCode(409);
        given().auth().oauth2(TestData.SECRETARY).get("/meetings/" + meeting).then().statusCode(200);
        assertThat(given().auth().oauth2(TestData.SECRETARY).get("/meetings/" + meeting).then().extract()
                .<String>path("state")).isEqualTo("AGENDA_PUBLISHED");
    }

    private static void changeAccess(String meeting, String itemId, Map<String, Object> item, String access) {
        item.put("access", access);
        item.put("amendmentReason", "Punktet behandles som " + access);
        given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON).body(item)
                .put("/meetings/" + meeting + "/items/" + itemId).then().statusCode(200);
    }

    private List<JsonNode> awaitEvents(String itemId, int count) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> KafkaTestClient.readAll(Topics.MEETING_DECISIONS,
                m -> itemId.equals(m.key())).size() >= count);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (KafkaTestClient.Message message : KafkaTestClient.readAll(Topics.MEETING_DECISIONS,
                m -> itemId.equals(m.key()))) {
            events.add(objectMapper.readTree(message.value()));
        }
        return events;
    }
}
