package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** Invalid input is a 400 problem+json naming the field, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class InvalidInputTest {

    @Test
    void shouldRejectAMeetingWithoutStartOrWithUnknownCommittee() {
        String committee = TestData.committee();
        call(SECRETARY, "POST", "/meetings", Map.of("committeeCode", committee)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("startsAt"));
        call(SECRETARY, "POST", "/meetings", Map.of("committeeCode", "UKENDT" + committee, "startsAt",
                "2031-01-01T10:00:00")).statusCode(400).body("errors.field", equalTo(List.of("committeeCode")));
        call(SECRETARY, "POST", "/meetings", Map.of("committeeCode", committee, "startsAt", "2031-01-01T10:00:00",
                "endsAt", "2031-01-01T09:00:00")).statusCode(400).body("errors.field", equalTo(List.of("endsAt")));
        call(SECRETARY, "POST", "/meetings", Map.of("committeeCode", committee, "startsAt", "i morgen"))
                .statusCode(400).body("errors.field", equalTo(List.of("startsAt")));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldRejectAnInvalidItemAndStoreNothing() {
        String meeting = TestData.meeting(TestData.committee());
        Map<String, Object> item = new HashMap<>(TestData.item(0, " ", "OPEN"));
        item.put("kind", null);
        item.put("sections", List.of(Map.of("type", "FINANCES", "body", "")));
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items", item).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("number", "title", "kind", "sections[0].body"));
        Map<String, Object> unknownAccess = new HashMap<>(TestData.item(1, "Punkt", "HEMMELIG"));
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items", unknownAccess).statusCode(400)
                .body("errors.field", equalTo(List.of("access")));
        Map<String, Object> unknownField = new HashMap<>(TestData.item(1, "Punkt", "OPEN"));
        unknownField.put("secret", true);
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items", unknownField).statusCode(400)
                .body("errors.field", equalTo(List.of("secret")));
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null).body("size()", equalTo(0));
    }

    @Test
    void shouldRejectAnInvalidDecisionAndKeepTheOldOne() {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Regnskab", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/" + item + "/decision",
                Map.of("text", "", "outcome", "MAYBE")).statusCode(400).body("errors.field", hasItem("outcome"));
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/" + item + "/decision",
                Map.of("text", "", "outcome", "APPROVED")).statusCode(400).body("errors.field", hasItem("text"));
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items/" + item, null).body("decision", equalTo(null));
    }

    @Test
    void shouldRejectInvalidPersonsMembershipsAndAttendance() {
        call(SECRETARY, "POST", "/persons", Map.of("name", "", "partyLetter", "abc")).statusCode(400)
                .body("errors.field", equalTo(List.of("name", "partyLetter")));
        String committee = TestData.committee();
        call(SECRETARY, "POST", "/committees/" + committee + "/members", Map.of("personId",
                "00000000-0000-0000-0000-000000000001", "role", "MEMBER", "startDate", "2010-01-01"))
                .statusCode(400).body("errors.field", equalTo(List.of("personId")));
        call(null, "GET", "/committees/" + committee + "/members", null).body("size()", equalTo(0));
        String meeting = TestData.meeting(committee);
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/attendance", List.of(Map.of("name", "X", "status", "SYG")))
                .statusCode(400);
        call(DIRECTOR, "GET", "/meetings/" + meeting, null).body("attendance.name", not(hasItem("X")));
    }

    @Test
    void shouldRejectUnreadableDateFiltersNamingTheParameter() {
        call(null, "GET", "/meetings?from=igår", null).statusCode(400).body("errors.field", equalTo(List.of("from")));
        call(null, "GET", "/search?q=budget&to=2011-13-01", null).statusCode(400)
                .body("errors.field", equalTo(List.of("to")));
        call(null, "GET", "/committees/" + TestData.committee() + "/members?activeOn=x", null).statusCode(400)
                .body("errors.field", equalTo(List.of("activeOn")));
    }

    @Test
    void shouldRejectAnEmptyImportOrUnknownCommitteeAndStoreNothing() {
        io.restassured.RestAssured.given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(" ")
                .post("/imports").then().statusCode(400).body("errors.field", equalTo(List.of("body")));
        io.restassured.RestAssured.given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body("Dagsorden til Et Udvalg Der Ikke Findes\nDato: 01-01-2020\n\n**1. Punkt**\nSagstype: Åben\n")
                .post("/imports").then().statusCode(400).body("errors.field", equalTo(List.of("committee")));
    }

    @Test
    void shouldRejectAttendanceNamingAnUnknownPersonByIndexAndKeepTheListAsItWas() {
        String meeting = TestData.meeting(TestData.committee());
        String person = call(SECRETARY, "POST", "/persons", Map.of("name", "Hugo Hammel", "partyLetter", "A"))
                .statusCode(201).extract().path("id");
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/attendance", List.of(attendee("Hugo Hammel", person)))
                .statusCode(200);

        call(SECRETARY, "PUT", "/meetings/" + meeting + "/attendance", List.of(attendee("Hugo Hammel", person),
                attendee("Ukendt", UUID.randomUUID().toString()), attendee("Også ukendt", UUID.randomUUID().toString())))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("[1].personId", "[2].personId")))
                .body("errors.message", everyItem(equalTo("personen findes ikke")));

        call(DIRECTOR, "GET", "/meetings/" + meeting, null).statusCode(200)
                .body("attendance.name", equalTo(List.of("Hugo Hammel")))
                .body("attendance.personId", equalTo(List.of(person)));
    }

    @Test
    void shouldNameTheBodyOfAnEmptyRequest() {
        String meeting = TestData.meeting(TestData.committee());
        given().auth().oauth2(SECRETARY).contentType("application/json").post("/meetings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("body")));
        given().auth().oauth2(SECRETARY).contentType("application/json").body("null")
                .put("/meetings/" + meeting + "/attendance").then().statusCode(400)
                .body("errors.field", equalTo(List.of("body")));
    }

    private static Map<String, Object> attendee(String name, String personId) {
        Map<String, Object> attendee = new HashMap<>();
        attendee.put("name", name);
        attendee.put("personId", personId);
        attendee.put("status", "PRESENT");
        return attendee;
    }
}
