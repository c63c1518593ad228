package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static org.hamcrest.Matchers.contains;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/**
 * Only the newest {@code meetings.search.ranked-candidates} matches (here two, or as many as {@code limit} asks for)
 * are ranked.
 */
@QuarkusTest
@TestProfile(SearchCandidatesTest.TwoCandidates.class)
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class SearchCandidatesTest {

    /** Ranks the two newest matches only. */
    public static class TwoCandidates implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("meetings.search.ranked-candidates", "2");
        }
    }

    @Test
    void shouldRankTheNewestMatchesOnly() {
        String word = "skybrudssikring" + TestData.uniqueCode().toLowerCase();
        String committee = TestData.committee();
        String oldest = publishedMeeting(committee, "2030-03-06T17:00:00", "Plan for " + word, "Planen for " + word);
        String middle = publishedMeeting(committee, "2031-03-06T17:00:00", "Orientering", "Nævner " + word);
        String newest = publishedMeeting(committee, "2032-03-06T17:00:00", "Meddelelser", "Også " + word + " og "
                + word);

        call(null, "GET", "/search?q=" + word + "&limit=2", null).statusCode(200)
                .body("meetingId", contains(newest, middle));
        call(null, "GET", "/search?q=" + word + "&limit=2&to=2031-12-31", null)
                .body("meetingId", contains(oldest, middle));
        call(null, "GET", "/search?q=" + word + "&limit=3", null).body("meetingId", contains(oldest, newest, middle));
    }

    private static String publishedMeeting(String committee, String startsAt, String title, String body) {
        String meeting = RestAssured.given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", committee, "startsAt", startsAt)).post("/meetings")
                .then().statusCode(201).extract().path("id");
        TestData.addItem(meeting, Map.of("number", 1, "title", title, "kind", "DECISION", "access", "OPEN",
                "sections", List.of(Map.of("type", "CASE_PRESENTATION", "body", body))));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        return meeting;
    }
}
