package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import dk.radhus.meetings.importing.Seeds;
import dk.radhus.testing.RadhusTestResources;

/**
 * published=true: the source published the document, so the meeting is imported where the source had it: an agenda
 * published, minutes approved; a document that says it is a draft stays a draft.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ImportPublicationTest {

    @Test
    void shouldImportAPublishedAgendaAsPublished() {
        String committee = TestData.committee();
        String meeting = importDocument(committee, "&published=true", Seeds.text(Seeds.BEU_2011)).statusCode(201)
                .body("state", equalTo("AGENDA_PUBLISHED")).extract().path("meetingId");
        call(null, "GET", "/meetings/" + meeting, null).statusCode(200)
                .body("state", equalTo("AGENDA_PUBLISHED")).body("publishedAt", notNullValue())
                .body("items[1].caseNumber", equalTo("3118504"));
        String audit = call(DIRECTOR, "GET", "/audit?objectType=Meeting&objectId=" + meeting, null).extract().asString();
        org.assertj.core.api.Assertions.assertThat(audit).contains("meeting.imported", "meeting.transition");
    }

    @Test
    void shouldImportPublishedMinutesAsApprovedWithTheirDecisionsPublic() {
        String committee = TestData.committee();
        String meeting = importDocument(committee, "&published=true", Seeds.text(Seeds.DIRECTORATE_2019))
                .statusCode(201).body("state", equalTo("MINUTES_APPROVED")).extract().path("meetingId");
        call(null, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                .body("[5].decision.text", equalTo("Godkendt med de faldne kommentarer."));
    }

    @Test
    void shouldKeepADraftADraftAndTheDefaultUnpublished() {
        String committee = TestData.committee();
        String draft = Seeds.text(Seeds.BEU_2011).replace("Dagsorden til", "Udkast til dagsorden til");
        String meeting = importDocument(committee, "&published=true", draft).statusCode(201)
                .body("state", equalTo("PLANNED")).body("document.draft", equalTo(true)).extract().path("meetingId");
        call(null, "GET", "/meetings/" + meeting, null).statusCode(404);
        call(DIRECTOR, "GET", "/meetings/" + meeting, null).body("publishedAt", nullValue());

        String other = TestData.committee();
        importDocument(other, "", Seeds.text(Seeds.DIRECTORATE_2019)).statusCode(201).body("state", equalTo("HELD"));
        importDocument(other, "&dryRun=true&published=true", Seeds.text(Seeds.DIRECTORATE_2019)).statusCode(200)
                .body("state", equalTo("MINUTES_APPROVED")).body("meetingId", nullValue());
    }

    @Test
    void shouldMoveTheMeetingOfAnEarlierVersionOnWhenTheSourcePublishedTheNewOne() {
        String committee = TestData.committee();
        String agenda = Seeds.text(Seeds.BEU_2011);
        String meeting = importDocument(committee, "", agenda).statusCode(201).body("state", equalTo("PLANNED"))
                .extract().path("meetingId");
        importDocument(committee, "&published=true", agenda).statusCode(200)
                .body("outcome", equalTo("UNCHANGED")).body("state", equalTo("PLANNED"));
        importDocument(committee, "&published=true", agenda.replace("Dagsorden til", "Referat fra mødet i"))
                .statusCode(200).body("outcome", equalTo("UPDATED")).body("meetingId", equalTo(meeting))
                .body("state", equalTo("MINUTES_APPROVED"));
        call(null, "GET", "/meetings/" + meeting, null).statusCode(200).body("state", equalTo("MINUTES_APPROVED"));
    }

    @Test
    void shouldRefuseAPublishedFlagThatIsNeitherTrueNorFalseAndStoreNothing() {
        String committee = TestData.committee();
        importDocument(committee, "&published=ja", Seeds.text(Seeds.BEU_2011)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("published"));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    private static ValidatableResponse importDocument(String committee, String query, String text) {
        return given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(text)
                .post("/imports?committee=" + committee + query).then();
    }
}
