package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

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
    void shouldRejectAControlCharacterInAQueryOrPathParameterNamingIt() {
        String committee = TestData.committee();
        for (String control : List.of("%00", "%07", "%1B", "%7F", "%0A", "%09")) {
            rawGet("/search?q=budget" + control).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("q")));
            rawGet("/search?q=budget&committee=" + committee + control + "&caseNumber=12/26442" + control)
                    .statusCode(400).body("errors.field", equalTo(List.of("caseNumber", "committee")));
            rawGet("/committees/" + committee + control).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("code")));
        }
        rawGet("/committees/" + committee).statusCode(200);
        rawGet("/search?q=%C3%A5bent%20punkt&committee=" + committee).statusCode(200);
    }

    /** A GET of the path exactly as written: RestAssured would encode the {@code %} of {@code %00} again. */
    private static ValidatableResponse rawGet(String path) {
        return given().urlEncodingEnabled(false).get(path).then();
    }

    @Test
    void shouldRejectAPathIdThatIsNoUuidNamingItButAnswerNotFoundForAnUnknownOne() {
        String meeting = TestData.meeting(TestData.committee());
        call(null, "GET", "/meetings/not-a-uuid", null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("id")));
        call(SECRETARY, "PUT", "/meetings/" + meeting + "/items/1/decision",
                Map.of("text", "Godkendt", "outcome", "APPROVED")).statusCode(400)
                .body("errors.field", equalTo(List.of("itemId")));
        call(null, "GET", "/meetings/" + UUID.randomUUID(), null).statusCode(404)
                .contentType("application/problem+json");
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
    void shouldRejectAReferenceWhoseIdIsNoUuidForEveryKindAndStoreNothing() {
        String meeting = TestData.meeting(TestData.committee());
        for (String kind : List.of("BUDGET_FOLLOW_UP", "APPROPRIATION_REQUEST", "ACTION_PLAN", "GROWTH_ACCOUNT",
                "QUALITY_CONTRACT_FOLLOW_UP")) {
            for (String id : List.of("not-a-uuid", "qc-2010-beu", "1-1-1-1-1", " ")) {
                Map<String, Object> item = new HashMap<>(TestData.item(1, "Kvalitetskontrakt", "OPEN"));
                item.put("references", List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", UUID.randomUUID().toString()),
                        Map.of("kind", kind, "id", id)));
                call(SECRETARY, "POST", "/meetings/" + meeting + "/items", item).statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of("references[1].id")));
            }
        }
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items", null).body("size()", equalTo(0));

        String followUp = UUID.randomUUID().toString();
        Map<String, Object> item = new HashMap<>(TestData.item(1, "Kvalitetskontrakt", "OPEN"));
        item.put("references", List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", followUp.toUpperCase())));
        String stored = TestData.addItem(meeting, item);
        call(DIRECTOR, "GET", "/meetings/" + meeting + "/items/" + stored, null)
                .body("references.id", equalTo(List.of(followUp)));
    }

    @Test
    void shouldRejectAnImportWithANulCharacterOrBytesThatAreNotUtf8AndStoreNothing() {
        String committee = TestData.committee();
        String document = "Dagsorden til Testudvalget\nDato: 11-05-2011\nTidspunkt: 17:00\n\n"
                + "**1. Kvalitetskontrakt**\nSagsid.: 3118504\nÅben sag\n\nSagsfremstilling:\nOm kvalitet.\n";
        importDocument(committee, "&dryRun=true", document.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("document.date", equalTo("2011-05-11"));

        importDocument(committee, "", document.replace("Om kvalitet.", "Om\u0000kvalitet.")
                .getBytes(StandardCharsets.UTF_8)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("body")))
                .body("errors[0].message", containsString("NUL-tegnet"));
        for (byte[] invalid : new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0x80},
                {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8}}) {
            for (String dryRun : List.of("", "&dryRun=true")) {
                importDocument(committee, dryRun, spliced(document, "Om kvalitet.", invalid)).statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors.field", equalTo(List.of("body")))
                        .body("errors[0].message", containsString("UTF-8"));
            }
        }
        importDocument(committee, "", new byte[0]).statusCode(400).body("errors.field", equalTo(List.of("body")));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
    }

    @Test
    void shouldLeaveAMeetingDateInYearZeroUnsetWithAWarningAndRefuseToImportIt() {
        String committee = TestData.committee();
        String document = "Dagsorden til Testudvalget\nDato: 11-05-0000\nTidspunkt: 17:00\n\n"
                + "**1. Kvalitetskontrakt**\nSagsid.: 3118504\nÅben sag\n\nSagsfremstilling:\nOm kvalitet.\n";

        importDocument(committee, "&dryRun=true", document.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("document.date", nullValue())
                .body("document.warnings", contains("Datoen kunne ikke læses: \"11-05-0000\"",
                        "Dokumentet har ingen mødedato"));
        importDocument(committee, "", document.getBytes(StandardCharsets.UTF_8)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("body")))
                .body("errors[0].message", equalTo("dokumentet har ingen mødedato"));
        call(DIRECTOR, "GET", "/meetings?committee=" + committee, null).body("size()", equalTo(0));
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

    private static ValidatableResponse importDocument(String committee, String query, byte[] document) {
        return given().auth().oauth2(SECRETARY).contentType("text/plain").body(document)
                .post("/imports?committee=" + committee + query).then();
    }

    /** The document's UTF-8 bytes with {@code raw} in place of {@code marker}. */
    private static byte[] spliced(String document, String marker, byte[] raw) {
        int at = document.indexOf(marker);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(document.substring(0, at).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(raw);
        bytes.writeBytes(document.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }
}
