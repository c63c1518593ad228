package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.assertGuarded;
import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** Agenda item, decision and import endpoints with no token, the wrong role and the right role. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class AgendaItemSecurityTest {

    @Test
    void shouldGuardItemWrites() {
        String meeting = TestData.meeting(TestData.committee());
        Map<String, Object> item = TestData.item(1, "Budgetopfølgning", "OPEN");
        assertGuarded("POST", "/meetings/" + meeting + "/items", item, DIRECTOR);
        String itemId = call(SECRETARY, "POST", "/meetings/" + meeting + "/items", item).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/meetings/" + meeting + "/items/"))
                .extract().path("id");

        Map<String, Object> changed = TestData.item(1, "Budgetopfølgning 2", "OPEN");
        assertGuarded("PUT", "/meetings/" + meeting + "/items/" + itemId, changed, FINANCE);
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/" + itemId, changed).statusCode(200)
                .body("title", equalTo("Budgetopfølgning 2"));

        TestData.transition(meeting, "AGENDA_PUBLISHED");
        Map<String, String> decision = Map.of("text", "Godkendt.", "outcome", "APPROVED");
        assertGuarded("PUT", "/meetings/" + meeting + "/items/" + itemId + "/decision", decision, DIRECTOR);
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/" + itemId + "/decision", decision).statusCode(200)
                .body("decision.outcome", equalTo("APPROVED"));
    }

    @Test
    void shouldLetEveryoneReadPublishedItems() {
        String meeting = TestData.meeting(TestData.committee());
        String itemId = TestData.addItem(meeting, TestData.item(1, "Vækstregnskab", "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        for (String token : new String[] {null, FINANCE, DIRECTOR}) {
            call(token, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                    .body("[0].title", equalTo("Vækstregnskab"));
            call(token, "GET", "/meetings/" + meeting + "/items/" + itemId, null).statusCode(200)
                    .body("caseNumber", equalTo("11/1"));
            call(token, "GET", "/meetings/" + meeting + "/items/" + itemId + "/history", null).statusCode(200);
        }
    }

    @Test
    void shouldGuardImport() {
        String committee = TestData.committee();
        String document = "Dagsorden\nDato: 11-05-2011\n\n**1. Meddelelser**\nSagstype: Åben\n";
        io.restassured.RestAssured.given().contentType("text/plain; charset=UTF-8").body(document)
                .post("/imports?committee=" + committee).then().statusCode(401);
        io.restassured.RestAssured.given().auth().oauth2(DIRECTOR).contentType("text/plain; charset=UTF-8").body(document)
                .post("/imports?committee=" + committee).then().statusCode(403);
        io.restassured.RestAssured.given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(document)
                .post("/imports?committee=" + committee).then().statusCode(201);
    }
}
