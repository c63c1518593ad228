package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import dk.radhus.testing.OparlConformance;
import dk.radhus.testing.RadhusTestResources;

/**
 * The OParl 1.1 read API over a committee with a member, two published meetings that treat one case, an open item with
 * an attachment and a closed item: the whole API conforms to the schemas, a paper gathers its consultations across
 * meetings, and a closed item is its number only.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class OparlApiTest {

    static final String OPARL = "/oparl/v1.1";
    /**
     * The walk reads every list page of the shared test database, but fetches at most this many objects of a type by
     * their URL, so that its time does not grow with the other test classes' data.
     */
    private static final int FETCHES_PER_TYPE = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String marker = "Hemmeligsag" + TestData.uniqueCode().toLowerCase();
    private String committee;
    private String caseNumber;
    private String first;
    private String second;
    private String openItem;
    private String closedItem;

    @BeforeEach
    void arrange() {
        committee = TestData.committee();
        caseNumber = "26/" + TestData.uniqueCode();
        String person = given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("name", "Hugo Hammel", "partyLetter", "A")).post("/persons").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("personId", person, "role", "CHAIR", "startDate", "2026-01-01"))
                .post("/committees/" + committee + "/members").then().statusCode(201);
        first = TestData.meeting(committee, "2031-03-04T17:00:00");
        openItem = TestData.addItem(first, openItem(1, "Vækstregnskab", caseNumber));
        closedItem = TestData.addItem(first, closedItem());
        TestData.transition(first, "AGENDA_PUBLISHED");
        TestData.transition(first, "HELD");
        TestData.decide(first, openItem, "Sagen sendes videre til byrådet.", "APPROVED");
        TestData.decide(first, closedItem, "Afvist, jf. " + marker, "REJECTED");
        TestData.transition(first, "MINUTES_APPROVED");
        second = TestData.meeting(committee, "2031-04-01T17:00:00");
        TestData.addItem(second, openItem(1, "Vækstregnskab, 2. behandling", caseNumber));
        TestData.transition(second, "AGENDA_PUBLISHED");
    }

    @Test
    void shouldConformToTheSchemasEverywhereFromTheSystemDown() {
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        OparlConformance conformance = new OparlConformance(OparlApiTest::fetch, FETCHES_PER_TYPE);

        List<String> violations = conformance.walk(base + OPARL);

        assertThat(violations).isEmpty();
        assertThat(conformance.objectsByType().keySet()).contains("System", "Body", "Organization", "Person",
                "Membership", "Meeting", "AgendaItem", "Consultation", "Location", "Paper", "File", "LegislativeTerm");
    }

    @Test
    void shouldListTheCouncilsTermsUpToTheCurrentOne() {
        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).getYear();
        int current = year < 2010 ? 2007 : year - (year - 2010) % 4;
        given().get(OPARL + "/body").then().statusCode(200)
                .body("legislativeTerm[0].name", equalTo("Valgperioden 2007–2009"))
                .body("legislativeTerm[0].startDate", equalTo("2007-01-01"))
                .body("legislativeTerm[0].endDate", equalTo("2009-12-31"))
                .body("legislativeTerm[-1].startDate", equalTo(current + "-01-01"))
                .body("legislativeTerm[-1].endDate", equalTo((current + 3) + "-12-31"));
        given().get(OPARL + "/legislative-term/2022").then().statusCode(200)
                .body("type", equalTo("https://schema.oparl.org/1.1/LegislativeTerm"))
                .body("name", equalTo("Valgperioden 2022–2025")).body("body", containsString(OPARL + "/body"))
                .body("created", equalTo("2022-01-01T00:00:00+01:00"));
        given().get(OPARL + "/legislative-term/2023").then().statusCode(404);
        given().get(OPARL + "/legislative-term/" + (current + 4)).then().statusCode(404);
        given().queryParam("modified_since", "2018-01-01T00:00:00+01:00").get(OPARL + "/body/legislative-terms")
                .then().statusCode(200).body("data[0].name", equalTo("Valgperioden 2018–2021"));
    }

    @Test
    void shouldGatherACaseNumbersConsultationsAcrossMeetingsInOnePaper() {
        String paper = given().get(OPARL + "/consultation/" + openItem).then().statusCode(200).extract().path("paper");
        given().get(paper).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("type", equalTo("https://schema.oparl.org/1.1/Paper"))
                .body("reference", equalTo(caseNumber)).body("name", equalTo("Vækstregnskab"))
                .body("date", equalTo("2031-03-04")).body("paperType", equalTo("Beslutningssag"))
                .body("consultation.size()", equalTo(2))
                .body("consultation[0].meeting", containsString("/meeting/" + first))
                .body("consultation[1].meeting", containsString("/meeting/" + second))
                .body("consultation[0].agendaItem", containsString("/agenda-item/" + openItem));
    }

    @Test
    void shouldShowADecidedOpenItemWithItsFileAndResolution() {
        given().get(OPARL + "/agenda-item/" + openItem).then().statusCode(200)
                .body("public", equalTo(true)).body("number", equalTo("1")).body("order", equalTo(1))
                .body("name", equalTo("Vækstregnskab")).body("result", equalTo("Godkendt"))
                .body("resolutionText", equalTo("Sagen sendes videre til byrådet."))
                .body("consultation", containsString("/consultation/" + openItem))
                .body("auxiliaryFile[0].name", equalTo("Bilag til Vækstregnskab"))
                .body("auxiliaryFile[0].mimeType", equalTo("application/pdf"))
                .body("auxiliaryFile[0].size", equalTo(2048));
        given().get(OPARL + "/meeting/" + first).then().statusCode(200)
                .body("meetingState", equalTo("Referat godkendt")).body("start", equalTo("2031-03-04T17:00:00+01:00"))
                .body("location.description", equalTo("B101")).body("agendaItem.size()", equalTo(2));
    }

    @Test
    void shouldShowAClosedItemAsItsNumberOnly() {
        Response item = given().get(OPARL + "/agenda-item/" + closedItem);
        item.then().statusCode(200).body("public", equalTo(false)).body("number", equalTo("2"))
                .body("order", equalTo(2)).body("name", nullValue()).body("result", nullValue())
                .body("resolutionText", nullValue()).body("consultation", nullValue())
                .body("auxiliaryFile", nullValue());
        assertThat(item.asString()).doesNotContainIgnoringCase(marker);
        for (String path : List.of("/meeting/" + first, "/body/meetings", "/body/agenda-items", "/body/papers",
                "/body/consultations", "/body/files", "/organization/" + committee + "/meetings")) {
            assertThat(given().get(OPARL + path).then().statusCode(200).extract().asString()).as(path)
                    .doesNotContainIgnoringCase(marker);
        }
        given().get(OPARL + "/consultation/" + closedItem).then().statusCode(404);
        given().get(OPARL + "/file/" + closedItem + "/0").then().statusCode(404);
    }

    @Test
    void shouldNotShowAMeetingBeforeItsAgendaIsPublished() {
        String draft = TestData.meeting(committee, "2031-06-01T17:00:00");
        String item = TestData.addItem(draft, openItem(1, "Udkast"));
        given().get(OPARL + "/meeting/" + draft).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(OPARL + "/agenda-item/" + item).then().statusCode(404);
        given().get(OPARL + "/organization/" + committee + "/meetings").then().statusCode(200)
                .body("data.id", not(hasItem(containsString(draft))))
                .body("data.id", hasItem(containsString(first)));
    }

    static Map<String, Object> openItem(int number, String title) {
        Map<String, Object> item = new HashMap<>(TestData.item(number, title, "OPEN"));
        item.put("caseNumber", null);
        item.put("attachments", List.of(Map.of("title", "Bilag til " + title, "fileName", "bilag.pdf",
                "mediaType", "application/pdf", "sizeBytes", 2048)));
        return item;
    }

    private Map<String, Object> openItem(int number, String title, String caseNumber) {
        Map<String, Object> item = openItem(number, title);
        item.put("caseNumber", caseNumber);
        return item;
    }

    private Map<String, Object> closedItem() {
        Map<String, Object> item = new HashMap<>(TestData.item(2, "Personalesag " + marker, "CLOSED"));
        item.put("caseNumber", "19/" + marker);
        item.put("attachments", List.of(Map.of("title", "Bilag " + marker, "fileName", marker + ".pdf")));
        return item;
    }

    static JsonNode fetch(String url) {
        Response response = given().get(url);
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        try {
            return JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
