package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dk.radhus.meetings.importing.DocumentFixtures;
import dk.radhus.meetings.importing.Seeds;
import dk.radhus.testing.RadhusTestResources;

/** POST /imports is idempotent: the same document leaves the same meeting; a changed version updates it, with history. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ImportVersionsTest {

    private static final String FIRST_TITLE = "Redegørelse for integrationspris projekter";
    private static final String CHANGED_TITLE = "Redegørelse for integrationsprisprojekter 2013";

    @Test
    void shouldLeaveTheSameMeetingWhenTheSameDocumentComesAgainAsTextOrAsPdf() {
        String committee = TestData.committee();
        String text = Seeds.text(Seeds.BEU_2013);
        String meeting = importText(committee, text).statusCode(201).body("outcome", equalTo("CREATED"))
                .body("version", equalTo(1)).extract().path("meetingId");

        importText(committee, text).statusCode(200).body("outcome", equalTo("UNCHANGED"))
                .body("meetingId", equalTo(meeting)).body("version", equalTo(1));
        given().auth().oauth2(SECRETARY).contentType("application/pdf")
                .body(DocumentFixtures.pdf(text, "Borger- og Erhvervsudvalget")).post("/imports?committee=" + committee)
                .then().statusCode(200).body("outcome", equalTo("UNCHANGED")).body("meetingId", equalTo(meeting));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(1));
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null).body("title",
                contains(FIRST_TITLE, "God borgerservice"));
    }

    @Test
    void shouldUpdateThePublishedMeetingWithAChangedVersionAndKeepTheChangeInTheItemsHistory() {
        String committee = TestData.committee();
        String text = Seeds.text(Seeds.BEU_2013);
        String meeting = importText(committee, text).statusCode(201).extract().path("meetingId");
        TestData.transition(meeting, "AGENDA_PUBLISHED");

        importText(committee, text.replace(FIRST_TITLE, CHANGED_TITLE)).statusCode(200)
                .body("outcome", equalTo("UPDATED")).body("meetingId", equalTo(meeting)).body("version", equalTo(2));

        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(1));
        String item = call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null)
                .body("title", contains(CHANGED_TITLE, "God borgerservice")).extract().path("[0].id");
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items/" + item + "/history", null).statusCode(200)
                .body("reason", contains("Ny version 2 af det importerede dokument"))
                .body("changes", contains("title"));
        call(DIRECTOR, "GET", "/audit?objectType=Meeting&objectId=" + meeting, null).statusCode(200)
                .body("entries.action", contains("meeting.reimported", "meeting.transition", "meeting.imported"));
        importText(committee, text.replace(FIRST_TITLE, CHANGED_TITLE)).statusCode(200)
                .body("outcome", equalTo("UNCHANGED")).body("version", equalTo(2));
    }

    @Test
    void shouldRefuseAChangedVersionOnceTheMinutesAreApprovedAndChangeNothing() {
        String committee = TestData.committee();
        String minutes = Seeds.text(Seeds.DIRECTORATE_2019);
        String meeting = importText(committee, minutes).statusCode(201).extract().path("meetingId");
        TestData.transition(meeting, "MINUTES_APPROVED");

        importText(committee, minutes.replace("Godkendt med de faldne kommentarer.", "Godkendt.")).statusCode(409)
                .contentType("application/problem+json");

        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null)
                .body("[5].decision.text", equalTo("Godkendt med de faldne kommentarer."));
    }

    @Test
    void shouldMakeOneMeetingOfTheSameDocumentSentTwiceAtOnce() throws Exception {
        String committee = TestData.committee();
        String text = Seeds.text(Seeds.BEU_2011);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = clients.invokeAll(List.<Callable<Integer>>of(
                    () -> importText(committee, text).extract().statusCode(),
                    () -> importText(committee, text).extract().statusCode()));
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        } finally {
            clients.shutdownNow();
        }
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(1));
    }

    private static ValidatableResponse importText(String committee, String text) {
        return given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(text)
                .post("/imports?committee=" + committee).then();
    }
}
