package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

/** Danish full-text search: stemming, ranking, highlights, filters, and the public seeing only open published items. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class SearchTest {

    @Test
    void shouldRankTitleMatchesFirstAndHighlightWithDanishStemming() {
        String word = "skovrejsning" + TestData.uniqueCode().toLowerCase();
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee);
        TestData.addItem(meeting, item(1, "Orientering om budget", "Sagen nævner " + word + " i forbifarten."));
        TestData.addItem(meeting, item(2, "Plan for " + word, "Planen for " + word + " og mere " + word + "."));
        TestData.transition(meeting, "AGENDA_PUBLISHED");

        call(null, "GET", "/search?q=" + word, null).statusCode(200)
                .body("number", contains(2, 1))
                .body("[0].highlight", containsString("<mark>"))
                .body("[0].committeeCode", equalTo(committee))
                .body("[0].meetingId", equalTo(meeting));
        call(null, "GET", "/search?q=planerne " + word, null).statusCode(200).body("number", contains(2));
    }

    @Test
    void shouldFilterByCommitteeDateAndCaseNumber() {
        String word = "vandløb" + TestData.uniqueCode().toLowerCase();
        String first = TestData.committee();
        String second = TestData.committee();
        String early = meetingOn(first, "2030-03-06T17:00:00");
        String late = meetingOn(second, "2032-03-06T17:00:00");
        Map<String, Object> withCase = new HashMap<>(item(1, "Vedligehold af " + word, "Tekst"));
        withCase.put("caseNumber", "12/26442");
        TestData.addItem(early, withCase);
        TestData.addItem(late, item(1, "Vedligehold af " + word, "Tekst"));
        TestData.transition(early, "AGENDA_PUBLISHED");
        TestData.transition(late, "AGENDA_PUBLISHED");

        call(null, "GET", "/search?q=" + word, null).body("size()", equalTo(2));
        call(null, "GET", "/search?q=" + word + "&committee=" + second, null).body("meetingId", contains(late));
        call(null, "GET", "/search?q=" + word + "&from=2031-01-01", null).body("meetingId", contains(late));
        call(null, "GET", "/search?q=" + word + "&to=2030-03-06", null).body("meetingId", contains(early));
        call(null, "GET", "/search?q=" + word + "&caseNumber=12/26442", null).body("meetingId", contains(early));
    }

    @Test
    void shouldShowDraftsAndClosedItemsOnlyToStaff() {
        String word = "kloakering" + TestData.uniqueCode().toLowerCase();
        String published = TestData.meeting(TestData.committee());
        TestData.addItem(published, item(1, "Åben " + word, "Tekst"));
        Map<String, Object> closed = new HashMap<>(item(2, "Lukket " + word, "Tekst"));
        closed.put("access", "CLOSED");
        TestData.addItem(published, closed);
        TestData.transition(published, "AGENDA_PUBLISHED");
        String draft = TestData.meeting(TestData.committee());
        TestData.addItem(draft, item(1, "Udkast " + word, "Tekst"));

        call(null, "GET", "/search?q=" + word, null).body("title", contains("Åben " + word));
        call(DIRECTOR, "GET", "/search?q=" + word, null).body("size()", equalTo(3))
                .body("title", hasItem("Lukket " + word)).body("meetingId", hasItem(draft));
    }

    @Test
    void shouldRequireAQuery() {
        call(null, "GET", "/search", null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("q")));
    }

    private static String meetingOn(String committee, String startsAt) {
        return io.restassured.RestAssured.given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", committee, "startsAt", startsAt)).post("/meetings")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> item(int number, String title, String body) {
        return Map.of("number", number, "title", title, "kind", "DECISION", "access", "OPEN",
                "sections", List.of(Map.of("type", "CASE_PRESENTATION", "body", body)));
    }
}
