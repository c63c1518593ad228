package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.assertGuarded;
import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.ADMIN;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** Every meeting, person, membership, attendance, agenda-draft and audit endpoint with no token, the wrong role and the right role. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class MeetingSecurityTest {

    @Test
    void shouldGuardMeetingWrites() {
        String committee = TestData.committee();
        Map<String, Object> meeting = Map.of("committeeCode", committee, "startsAt", "2031-01-01T10:00:00");
        assertGuarded("POST", "/meetings", meeting, DIRECTOR);
        String id = call(SECRETARY, "POST", "/meetings", meeting).statusCode(201).extract().path("id");

        assertGuarded("PUT", "/meetings/" + id, meeting, FINANCE);
        call(SECRETARY, "PUT", "/meetings/" + id, Map.of("committeeCode", committee, "startsAt",
                "2031-01-01T11:00:00", "location", "B105")).statusCode(200).body("location", equalTo("B105"));

        List<Map<String, String>> attendance = List.of(Map.of("name", "Hugo Hammel", "status", "PRESENT"));
        assertGuarded("PUT", "/meetings/" + id + "/attendance", attendance, ADMIN);
        call(SECRETARY, "PUT", "/meetings/" + id + "/attendance", attendance).statusCode(200);

        assertGuarded("POST", "/meetings/" + id + "/transitions", Map.of("to", "AGENDA_PUBLISHED"), DIRECTOR);
        call(SECRETARY, "POST", "/meetings/" + id + "/transitions", Map.of("to", "AGENDA_PUBLISHED")).statusCode(200);
    }

    @Test
    void shouldRefuseAnInvalidTokenOnAMeetingReadAsOnEveryOtherRead() {
        String id = TestData.meeting(TestData.committee());
        TestData.transition(id, "AGENDA_PUBLISHED");
        call("not-a-token", "GET", "/meetings", null).statusCode(401).contentType("application/problem+json");
        call("not-a-token", "GET", "/meetings/" + id, null).statusCode(401).contentType("application/problem+json");
        call("not-a-token", "GET", "/meetings/" + id + "/items", null).statusCode(401);
    }

    @Test
    void shouldHideDraftMeetingsFromThePublicButShowThemToStaff() {
        String committee = TestData.committee();
        String id = TestData.meeting(committee);
        call(null, "GET", "/meetings/" + id, null).statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Mødet findes ikke."));
        call(FINANCE, "GET", "/meetings/" + id, null).statusCode(404);
        call(null, "GET", "/meetings/" + id + "/items", null).statusCode(404);
        call(null, "GET", "/meetings?committee=" + committee, null).statusCode(200).body("id", not(hasItem(id)));
        call(DIRECTOR, "GET", "/meetings/" + id, null).statusCode(200);
        call(ADMIN, "GET", "/meetings?committee=" + committee, null).statusCode(200).body("id", hasItem(id));
        TestData.transition(id, "AGENDA_PUBLISHED");
        call(null, "GET", "/meetings/" + id, null).statusCode(200);
        call(null, "GET", "/meetings?committee=" + committee, null).body("id", hasItem(id));
    }

    @Test
    void shouldGuardPersonsAndMemberships() {
        Map<String, String> person = Map.of("name", "Conny Trøjborg Krogh", "partyLetter", "F");
        assertGuarded("POST", "/persons", person, DIRECTOR);
        String personId = call(SECRETARY, "POST", "/persons", person).statusCode(201)
                .body("partyLetter", equalTo("F")).extract().path("id");
        call(null, "GET", "/persons/" + personId, null).statusCode(200).body("name", equalTo("Conny Trøjborg Krogh"));
        call(null, "GET", "/persons", null).statusCode(200);

        String committee = TestData.committee();
        Map<String, String> membership = Map.of("personId", personId, "role", "VICE_CHAIR", "startDate", "2010-01-01");
        assertGuarded("POST", "/committees/" + committee + "/members", membership, FINANCE);
        call(ADMIN, "POST", "/committees/" + committee + "/members", membership).statusCode(201);
        call(null, "GET", "/committees/" + committee + "/members?activeOn=2011-05-11", null).statusCode(200)
                .body("name", equalTo(List.of("Conny Trøjborg Krogh"))).body("role", equalTo(List.of("VICE_CHAIR")))
                .body("partyLetter", equalTo(List.of("F")));
        call(null, "GET", "/committees/" + committee + "/members?activeOn=2009-05-11", null).body("size()", equalTo(0));
    }

    @Test
    void shouldShowTheDraftedItemsToTheSecretariatAndTheDirectorsOnly() {
        assertGuarded("GET", "/agenda-drafts?pending=true", null, FINANCE);
        for (String staff : List.of(SECRETARY, DIRECTOR, ADMIN)) {
            call(staff, "GET", "/agenda-drafts?pending=true", null).statusCode(200)
                    .body("pending", not(hasItem(false)));
        }
        call(SECRETARY, "GET", "/agenda-drafts?pending=snart", null).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("pending"));
    }

    @Test
    void shouldLetOnlyAdminAndDirectorReadTheAuditTrailWithWhoAndWhen() {
        String id = TestData.meeting(TestData.committee());
        assertGuarded("GET", "/audit?objectId=" + id, null, SECRETARY);
        call(FINANCE, "GET", "/audit/verify", null).statusCode(403);
        call(null, "GET", "/audit/verify", null).statusCode(401);
        call(DIRECTOR, "GET", "/audit?objectId=" + id, null).statusCode(200);
        call(DIRECTOR, "GET", "/audit/verify", null).statusCode(200);
        call(ADMIN, "GET", "/audit?objectId=" + id, null).statusCode(200)
                .body("entries[0].actor", equalTo("sekretaer"))
                .body("entries[0].action", equalTo("meeting.created"))
                .body("entries[0].occurredAt", org.hamcrest.Matchers.notNullValue());
    }
}
