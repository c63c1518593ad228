package dk.radhus.meetings;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;

/** Arranges committees, meetings and items through the API, with unique codes so tests stay independent. */
final class TestData {

    static final String SECRETARY = TestTokens.bearer("sekretaer", Roles.SECRETARY);
    static final String DIRECTOR = TestTokens.bearer("direktoer", Roles.DIRECTOR);
    static final String ADMIN = TestTokens.bearer("admin", Roles.ADMIN);
    static final String FINANCE = TestTokens.bearer("oekonomi", Roles.FINANCE);

    private TestData() {
    }

    static String uniqueCode() {
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 9; i++) {
            code.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return code.toString();
    }

    static String committee() {
        return committee("Testudvalg", "POLITICAL_COMMITTEE");
    }

    static String committee(String name, String kind) {
        String code = uniqueCode();
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name + " " + code, "kind", kind))
                .post("/committees").then().statusCode(201);
        return code;
    }

    static String meeting(String committee) {
        return meeting(committee, "2031-05-11T17:00:00");
    }

    static String meeting(String committee, String startsAt) {
        return given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", committee, "startsAt", startsAt, "location", "B101"))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> item(int number, String title, String access) {
        return Map.of("number", number, "title", title, "caseNumber", "11/" + number, "documentNumber", "31262" + number,
                "kind", "DECISION", "access", access,
                "sections", List.of(Map.of("type", "CASE_PRESENTATION", "body", "Sagsfremstilling for " + title),
                        Map.of("type", "RECOMMENDATION", "body", "Administrationen indstiller, at " + title + " godkendes.")),
                "attachments", List.of(Map.of("title", "Bilag til " + title, "documentReference", "3150105")),
                "references", List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", new UUID(0, number).toString())));
    }

    static String addItem(String meetingId, Map<String, Object> item) {
        return given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(item)
                .post("/meetings/" + meetingId + "/items").then().statusCode(201).extract().path("id");
    }

    static void transition(String meetingId, String to) {
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(Map.of("to", to))
                .post("/meetings/" + meetingId + "/transitions").then().statusCode(200);
    }

    static void decide(String meetingId, String itemId, String text, String outcome) {
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("text", text, "outcome", outcome))
                .put("/meetings/" + meetingId + "/items/" + itemId + "/decision").then().statusCode(200);
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
