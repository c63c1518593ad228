package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class MeetingLifecycleTest {

    @Test
    void shouldWalkAMeetingFromPlannedToMinutesApproved() {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Vækststrategi", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, item, "Godkendt.", "APPROVED");
        TestData.transition(meeting, "MINUTES_APPROVED");

        given().get("/meetings/" + meeting).then().statusCode(200)
                .body("state", equalTo("MINUTES_APPROVED"))
                .body("publishedAt", notNullValue())
                .body("items[0].decision.text", equalTo("Godkendt."))
                .body("items[0].decision.outcome", equalTo("APPROVED"))
                .body("items[0].decision.decidedOn", equalTo("2031-05-11"));
    }

    @Test
    void shouldRejectIllegalTransitionsWithConflictProblem() {
        String meeting = TestData.meeting(TestData.committee());
        moveTo(meeting, "HELD").statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("title", equalTo("Konflikt"));
        moveTo(meeting, "MINUTES_APPROVED").statusCode(409);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        moveTo(meeting, "PLANNED").statusCode(409);
        TestData.transition(meeting, "HELD");
        moveTo(meeting, "CANCELLED").statusCode(409);
        TestData.transition(meeting, "MINUTES_APPROVED");
        moveTo(meeting, "CANCELLED").statusCode(409);
    }

    @Test
    void shouldAllowCancellingAPlannedOrPublishedMeetingOnly() {
        String planned = TestData.meeting(TestData.committee());
        TestData.transition(planned, "CANCELLED");
        moveTo(planned, "AGENDA_PUBLISHED").statusCode(409);

        String published = TestData.meeting(TestData.committee());
        TestData.transition(published, "AGENDA_PUBLISHED");
        TestData.transition(published, "CANCELLED");
        given().get("/meetings/" + published).then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    void shouldRequireAnAmendmentReasonOnceTheAgendaIsPublished() {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Kvalitetskontrakt", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        Map<String, Object> changed = new HashMap<>(TestData.item(1, "Kvalitetskontrakt 2012", "OPEN"));

        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(changed)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(400)
                .body("errors[0].field", equalTo("amendmentReason"));
        given().get("/meetings/" + meeting + "/items/" + item).then().body("title", equalTo("Kvalitetskontrakt"));

        changed.put("amendmentReason", "Titlen var forkert");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(changed)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(200)
                .body("title", equalTo("Kvalitetskontrakt 2012"));
        given().get("/meetings/" + meeting + "/items/" + item + "/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].reason", equalTo("Titlen var forkert"))
                .body("[0].changes", equalTo("title, sections, attachments"))
                .body("[0].amendedBy", equalTo("Sekretariatet"))
                .body("[0].amendedAt", notNullValue());
        given().auth().oauth2(SECRETARY).get("/meetings/" + meeting + "/items/" + item + "/history").then()
                .body("[0].amendedBy", equalTo("sekretaer"));
    }

    @Test
    void shouldRecordANewItemAfterPublicationAsAnAmendment() {
        String meeting = TestData.meeting(TestData.committee());
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        Map<String, Object> late = new HashMap<>(TestData.item(2, "Ekstra punkt", "OPEN"));
        late.put("amendmentReason", "Hastesag");
        String item = TestData.addItem(meeting, late);
        given().get("/meetings/" + meeting + "/items/" + item + "/history").then()
                .body("changes", contains("added")).body("reason", contains("Hastesag"));
    }

    @Test
    void shouldFreezeDecisionsAndItemsOnceMinutesAreApproved() {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Regnskab", "OPEN"));
        decide(meeting, item).statusCode(409);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, item, "Godkendt.", "APPROVED");
        TestData.transition(meeting, "MINUTES_APPROVED");

        decide(meeting, item).statusCode(409).contentType("application/problem+json");
        Map<String, Object> changed = new HashMap<>(TestData.item(1, "Regnskab ændret", "OPEN"));
        changed.put("amendmentReason", "For sent");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(changed)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(409);
        given().auth().oauth2(TestData.DIRECTOR).get("/meetings/" + meeting + "/items/" + item).then()
                .body("title", equalTo("Regnskab")).body("decision.text", equalTo("Godkendt."));
    }

    @Test
    void shouldRejectADuplicateItemNumberWithConflict() {
        String meeting = TestData.meeting(TestData.committee());
        TestData.addItem(meeting, TestData.item(1, "Første", "OPEN"));
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(TestData.item(1, "Anden", "OPEN"))
                .post("/meetings/" + meeting + "/items").then().statusCode(409);
    }

    @Test
    void shouldKeepAttendanceWithApologies() {
        String meeting = TestData.meeting(TestData.committee());
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body("[{\"name\":\"Hugo Hammel\",\"status\":\"PRESENT\",\"note\":\"A\"},"
                        + "{\"name\":\"Nadeem Farooq\",\"status\":\"ABSENT_WITH_APOLOGIES\",\"note\":\"B\"}]")
                .put("/meetings/" + meeting + "/attendance").then().statusCode(200);
        given().auth().oauth2(TestData.DIRECTOR).get("/meetings/" + meeting).then()
                .body("attendance.name", contains("Hugo Hammel", "Nadeem Farooq"))
                .body("attendance.status", contains("PRESENT", "ABSENT_WITH_APOLOGIES"));
    }

    private static io.restassured.response.ValidatableResponse moveTo(String meeting, String state) {
        return given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(Map.of("to", state))
                .post("/meetings/" + meeting + "/transitions").then();
    }

    private static io.restassured.response.ValidatableResponse decide(String meeting, String item) {
        return given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("text", "Afvist.", "outcome", "REJECTED"))
                .put("/meetings/" + meeting + "/items/" + item + "/decision").then();
    }
}
