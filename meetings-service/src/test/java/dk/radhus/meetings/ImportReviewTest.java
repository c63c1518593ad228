package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.ADMIN;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.RadhusTestResources;

/**
 * An imported item the parser warned about waits for the secretary's review: closed on every public surface until
 * approved, then shown with the access its document gave it (or the secretary's correction).
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ImportReviewTest {

    private final String marker = "Usikker" + TestData.uniqueCode().toLowerCase();

    @Test
    void shouldHideAnUncertainImportedItemEverywhereUntilTheSecretaryApprovesIt() {
        String committee = TestData.committee();
        JsonPath imported = importAgenda(committee);
        String meeting = imported.getString("meetingId");
        List<String> ids = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("id");
        String certain = ids.get(0);
        String uncertain = ids.get(1);
        TestData.transition(meeting, "AGENDA_PUBLISHED");

        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + uncertain, null).statusCode(200)
                .body("access", equalTo("CLOSED"))
                .body("review.documentAccess", equalTo("OPEN"))
                .body("review.warnings", contains("Punkt 2: tekst uden overskrift er lagt i afsnittet \"Øvrig tekst\""));
        call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null).statusCode(200)
                .body("itemId", contains(uncertain))
                .body("[0].meetingId", equalTo(meeting))
                .body("[0].number", equalTo(2))
                .body("[0].documentAccess", equalTo("OPEN"))
                .body("[0].warnings", hasSize(1));
        call(null, "GET", "/meetings/" + meeting + "/items/" + uncertain, null).statusCode(200)
                .body("title", equalTo("Lukket punkt")).body("sections.size()", equalTo(0));
        call(null, "GET", "/meetings/" + meeting + "/items/" + certain, null).statusCode(200)
                .body("title", equalTo("Budgetopfølgning"));
        PublicSurfaces.assertNoneShows(PublicSurfaces.paths(committee, meeting, certain, uncertain, marker), marker);

        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + uncertain + "/review", Map.of()).statusCode(200)
                .body("access", equalTo("OPEN")).body("review", nullValue());

        call(null, "GET", "/meetings/" + meeting + "/items/" + uncertain, null).statusCode(200)
                .body("title", equalTo("Ombygning af " + marker))
                .body("caseNumber", equalTo("32/" + marker));
        call(null, "GET", "/search?q=" + marker, null).statusCode(200).body("itemId", contains(uncertain));
        call(null, "GET", "/oparl/v1.1/agenda-item/" + uncertain, null).statusCode(200)
                .body("name", equalTo("Ombygning af " + marker));
        call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null).statusCode(200).body("size()", equalTo(0));
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + uncertain + "/review", Map.of()).statusCode(409)
                .contentType("application/problem+json");
        String audit = call(ADMIN, "GET", "/audit?objectType=AgendaItem&objectId=" + uncertain, null).statusCode(200)
                .extract().asString();
        assertThat(audit).contains("item.reviewed", "sekretaer");
    }

    @Test
    void shouldKeepAnItemClosedWhenTheSecretaryCorrectsItsAccessOnApproval() {
        String committee = TestData.committee();
        String meeting = importAgenda(committee).getString("meetingId");
        String uncertain = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");
        TestData.transition(meeting, "AGENDA_PUBLISHED");

        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + uncertain + "/review", Map.of("access", "CLOSED"))
                .statusCode(200).body("access", equalTo("CLOSED")).body("review", nullValue());
        call(null, "GET", "/meetings/" + meeting + "/items/" + uncertain, null).statusCode(200)
                .body("title", equalTo("Lukket punkt"));
        call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldLetTheSecretaryApproveAnItemOfMinutesImportedAsApproved() {
        String committee = TestData.committee();
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(dk.radhus.meetings.importing.Seeds.text(dk.radhus.meetings.importing.Seeds.DIRECTORATE_2019))
                .post("/imports?published=true&committee=" + committee).then().statusCode(201)
                .body("state", equalTo("MINUTES_APPROVED")).extract().path("meetingId");
        List<Integer> waiting = call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null)
                .extract().path("number");
        assertThat(waiting).containsExactly(2, 4);
        String second = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");
        call(null, "GET", "/meetings/" + meeting + "/items/" + second, null)
                .body("title", equalTo("Lukket punkt")).body("decision", nullValue());

        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + second + "/review", Map.of()).statusCode(200);
        call(null, "GET", "/meetings/" + meeting + "/items/" + second, null)
                .body("access", equalTo("OPEN")).body("decision.outcome", equalTo("NOTED"));
    }

    @Test
    void shouldEndTheReviewWhenTheSecretaryWritesTheItem() {
        String committee = TestData.committee();
        String meeting = importAgenda(committee).getString("meetingId");
        String uncertain = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");

        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/" + uncertain, TestData.item(2, "Ombygning", "OPEN"))
                .statusCode(200).body("access", equalTo("OPEN")).body("review", nullValue());
        call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldHoldAReviewedItemBackAgainOnlyWhenANewVersionChangesIt() {
        String committee = TestData.committee();
        String meeting = importAgenda(committee).getString("meetingId");
        String uncertain = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + uncertain + "/review", Map.of()).statusCode(200);

        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(agenda().replace("Budgettet følges op.", "Budgettet følges op i april."))
                .post("/imports?committee=" + committee).then().statusCode(200).body("outcome", equalTo("UPDATED"));
        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + uncertain, null)
                .body("access", equalTo("OPEN")).body("review", nullValue());

        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(agenda().replace("Sagen om ", "Den ændrede sag om "))
                .post("/imports?committee=" + committee).then().statusCode(200).body("outcome", equalTo("UPDATED"));
        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + uncertain, null)
                .body("access", equalTo("CLOSED")).body("review.documentAccess", equalTo("OPEN"));
        call(SECRETARY, "GET", "/imports/reviews?committee=" + committee, null).body("itemId", contains(uncertain));
    }

    @Test
    void shouldLetOnlyTheSecretaryApproveAndOnlyStaffListTheItemsWaiting() {
        String committee = TestData.committee();
        String meeting = importAgenda(committee).getString("meetingId");
        String uncertain = call(SECRETARY, "GET", "/meetings/" + meeting + "/items", null).extract().path("[1].id");
        String review = "/meetings/" + meeting + "/items/" + uncertain + "/review";

        Endpoints.assertGuarded("GET", "/imports/reviews", null, FINANCE);
        call(DIRECTOR, "GET", "/imports/reviews?committee=" + committee, null).statusCode(200).body("size()", equalTo(1));
        Endpoints.assertGuarded("POST", review, Map.of(), DIRECTOR);
        call(SECRETARY, "POST", review, Map.of("access", "ÅBEN")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("access"));
        given().auth().oauth2(SECRETARY).contentType("application/json").post(review).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("body"));
        call(SECRETARY, "GET", "/meetings/" + meeting + "/items/" + uncertain, null)
                .body("access", equalTo("CLOSED")).body("review.documentAccess", equalTo("OPEN"));
        call(SECRETARY, "POST", "/meetings/" + meeting + "/items/" + java.util.UUID.randomUUID() + "/review", Map.of())
                .statusCode(404);
    }

    private JsonPath importAgenda(String committee) {
        return given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(agenda())
                .post("/imports?committee=" + committee).then().statusCode(201)
                .body("document.items[1].warnings", hasSize(1))
                .body("document.items[0].warnings", hasSize(0))
                .body("document.warnings", contains(containsString("Punkt 2"))).extract().jsonPath();
    }

    /** An agenda whose second item has text without a heading, which the parser warns about. */
    private String agenda() {
        return """
                Dagsorden til Testudvalg
                Dato: 14-03-2032
                Tidspunkt: 17:00
                Sted: B101

                **1. Budgetopfølgning**
                Sagstype: Åben

                Sagsfremstilling:
                Budgettet følges op.

                **2. Ombygning af %1$s**
                Sagstype: Åben
                Sagsnr.: 32/%1$s
                En løs bemærkning om %1$s.

                Sagsfremstilling:
                Sagen om %1$s.
                """.formatted(marker);
    }
}
