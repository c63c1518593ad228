package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

/** Reads drafted items back through the API, as the secretary sees them, and clears the directorate's calendar. */
final class DraftedItems {

    private DraftedItems() {
    }

    /** The meeting's items that refer to {@code kind}/{@code id}. */
    static List<Map<String, Object>> referring(String meetingId, String kind, String id) {
        List<Map<String, Object>> items = given().auth().oauth2(TestData.SECRETARY).get("/meetings/" + meetingId + "/items")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return items.stream().filter(item -> refersTo(item, kind, id)).toList();
    }

    /** Waits until exactly one item of the meeting refers to {@code kind}/{@code id} and matches, and returns it. */
    static JsonPath awaitItem(String meetingId, String kind, String id, Predicate<JsonPath> until) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> found = referring(meetingId, kind, id);
            return found.size() == 1 && until.test(item(meetingId, found.get(0)));
        });
        return item(meetingId, referring(meetingId, kind, id).get(0));
    }

    static JsonPath awaitItem(String meetingId, String kind, String id) {
        return awaitItem(meetingId, kind, id, item -> true);
    }

    static JsonPath item(String meetingId, String itemId) {
        return given().auth().oauth2(TestData.SECRETARY).get("/meetings/" + meetingId + "/items/" + itemId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** The body of the item's first section of {@code type}. */
    static String section(JsonPath item, String type) {
        return item.getString("sections.find { it.type == '" + type + "' }.body");
    }

    private static JsonPath item(String meetingId, Map<String, Object> item) {
        return item(meetingId, (String) item.get("id"));
    }

    @SuppressWarnings("unchecked")
    private static boolean refersTo(Map<String, Object> item, String kind, String id) {
        List<Map<String, Object>> references = (List<Map<String, Object>>) item.get("references");
        return references != null && references.stream()
                .anyMatch(r -> kind.equals(r.get("kind")) && Objects.equals(id, r.get("id")));
    }

    /** Cancels every planned directorate meeting, so that a test's own is the directorate's next planned one. */
    static void cancelPlannedDirectorateMeetings() {
        List<Map<String, Object>> committees = given().get("/committees").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.kind == 'DIRECTORATE' }");
        for (Map<String, Object> committee : committees) {
            List<String> planned = given().auth().oauth2(TestData.SECRETARY)
                    .get("/meetings?committee=" + committee.get("code")).then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.state == 'PLANNED' }.id");
            planned.forEach(id -> TestData.transition(id, "CANCELLED"));
        }
    }
}
