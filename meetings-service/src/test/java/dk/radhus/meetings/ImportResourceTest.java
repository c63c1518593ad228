package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.meetings.importing.AccessMarkerImportTest;
import dk.radhus.meetings.importing.DocumentFixtures;
import dk.radhus.meetings.importing.Seeds;
import dk.radhus.testing.RadhusTestResources;

/** POST /imports: dry run stores nothing; a real import creates the meeting with its items and decisions. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ImportResourceTest {

    @Test
    void shouldReturnTheStructureWithoutStoringOnDryRun() {
        String committee = TestData.committee();
        given().auth().oauth2(SECRETARY).contentType("text/markdown; charset=UTF-8").body(Seeds.text(Seeds.BEU_2013))
                .post("/imports?dryRun=true&committee=" + committee).then().statusCode(200)
                .body("meetingId", nullValue())
                .body("committeeCode", equalTo(committee))
                .body("document.items.title", contains("Redegørelse for integrationspris projekter", "God borgerservice"))
                .body("document.warnings", hasSize(0));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldListTheItemsAnUnknownAccessMarkerClosedInTheDryRunAndImportThemClosed() {
        String committee = TestData.committee();
        String document = AccessMarkerImportTest.text(AccessMarkerImportTest.DOCUMENT);
        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(document)
                .post("/imports?dryRun=true&committee=" + committee).then().statusCode(200)
                .body("document.items.access", contains("OPEN", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
                        "OPEN"))
                .body("document.warnings", hasItem(containsString("\"Fortroligt punkt\" kendes ikke")));
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(document)
                .post("/imports?committee=" + committee).then().statusCode(201).extract().path("meetingId");
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        call(null, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                .body("title", contains("Budgetopfølgning", "Lukket punkt", "Lukket punkt", "Lukket punkt",
                        "Lukket punkt", "Lukket punkt", "Meddelelser"))
                .body(not(containsString("HEMMELIG-MARKØR")));
    }

    @Test
    void shouldImportAnAgendaAsAPlannedMeeting() {
        String committee = TestData.committee();
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(Seeds.text(Seeds.BEU_2011))
                .post("/imports?committee=" + committee).then().statusCode(201)
                .body("document.items", hasSize(6)).extract().path("meetingId");
        call(DIRECTOR, "GET", "/meetings/" + meeting, null).statusCode(200)
                .body("state", equalTo("PLANNED"))
                .body("startsAt", equalTo("2011-05-11T17:00:00"))
                .body("location", equalTo("B101"))
                .body("attendance", hasSize(9))
                .body("attendance[1].name", equalTo("Hugo Hammel"))
                .body("attendance[1].note", equalTo("A"))
                .body("items.number", contains(1, 2, 3, 4, 5, 6))
                .body("items[1].caseNumber", equalTo("3118504"))
                .body("items[1].documentNumber", equalTo("3126215"))
                .body("items[1].sections", hasSize(9))
                .body("items[3].attachments[0].documentReference", equalTo("3150105"));
        call(null, "GET", "/meetings/" + meeting, null).statusCode(404);
    }

    @Test
    void shouldImportMinutesAsAHeldMeetingWithDecisions() {
        String committee = TestData.committee();
        String meeting = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8")
                .body(Seeds.text(Seeds.DIRECTORATE_2019))
                .post("/imports?committee=" + committee).then().statusCode(201).extract().path("meetingId");
        call(DIRECTOR, "GET", "/meetings/" + meeting, null).statusCode(200)
                .body("state", equalTo("HELD"))
                .body("items[4].decision.outcome", equalTo("APPROVED_WITH_REMARKS"))
                .body("items[4].decision.decidedOn", equalTo("2019-12-16"))
                .body("items[0].decision", nullValue());
        TestData.transition(meeting, "MINUTES_APPROVED");
        call(null, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                .body("[5].decision.text", equalTo("Godkendt med de faldne kommentarer."));
    }

    @Test
    void shouldReadADocumentSavedWithAByteOrderMarkAsIfItHadNone() {
        String committee = TestData.committee();
        byte[] document = ("\uFEFF" + Seeds.text(Seeds.BEU_2013)).getBytes(StandardCharsets.UTF_8);
        given().auth().oauth2(SECRETARY).contentType("text/markdown; charset=UTF-8").body(document)
                .post("/imports?dryRun=true&committee=" + committee).then().statusCode(200)
                .body("document.items.title", contains("Redegørelse for integrationspris projekter", "God borgerservice"))
                .body("document.warnings", hasSize(0));
    }

    @Test
    void shouldRefuseADryRunFlagThatIsNeitherTrueNorFalseAndStoreNothing() {
        String committee = TestData.committee();
        given().auth().oauth2(SECRETARY).contentType("text/markdown; charset=UTF-8").body(Seeds.text(Seeds.BEU_2013))
                .post("/imports?dryRun=ja&committee=" + committee).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("dryRun"))
                .body("errors.message", contains("skal være true eller false"));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldImportAPdfAndAWordDocumentAsTheirTextWouldBe() {
        String committee = TestData.committee();
        String text = Seeds.text(Seeds.BEU_2013);
        String meeting = given().auth().oauth2(SECRETARY).contentType("application/pdf")
                .body(DocumentFixtures.pdf(text, "Borger- og Erhvervsudvalget 6. marts 2013"))
                .post("/imports?committee=" + committee).then().statusCode(201).extract().path("meetingId");
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                .body("title", contains("Redegørelse for integrationspris projekter", "God borgerservice"));
        given().auth().oauth2(SECRETARY)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(DocumentFixtures.docx(text)).post("/imports?dryRun=true&committee=" + committee).then()
                .statusCode(200)
                .body("document.items.title", contains("Redegørelse for integrationspris projekter", "God borgerservice"));
    }

    @Test
    void shouldRefuseContentThatIsNotWhatItsContentTypeSaysAndStoreNothing() {
        String committee = TestData.committee();
        byte[] pdf = DocumentFixtures.pdf(Seeds.text(Seeds.BEU_2013), "Borger- og Erhvervsudvalget");
        given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(pdf)
                .post("/imports?committee=" + committee).then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors.field", contains("body"))
                .body("errors.message", contains("indholdet er en PDF-fil, ikke text/plain som angivet i Content-Type"));
        given().auth().oauth2(SECRETARY).contentType("application/pdf")
                .body(Seeds.text(Seeds.BEU_2013).getBytes(StandardCharsets.UTF_8))
                .post("/imports?dryRun=true&committee=" + committee).then().statusCode(415)
                .body("errors.field", contains("body"));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldStoreEveryCorpusDocumentOrNameWhatIsMissing() {
        String committee = TestData.committee();
        for (String line : AccessMarkerImportTest.text("/imports/corpus/documents.txt").lines().toList()) {
            String document = AccessMarkerImportTest.text("/imports/corpus/" + line.substring(0, line.indexOf('|'))
                    + ".txt");
            int status = given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(document)
                    .post("/imports?committee=" + committee).then().extract().statusCode();
            if (status != 201) {
                given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(document)
                        .post("/imports?committee=" + committee).then().statusCode(400)
                        .body("errors.field", contains("body"))
                        .body("errors.message", contains("dokumentet har ingen mødedato"));
            }
        }
    }
}
