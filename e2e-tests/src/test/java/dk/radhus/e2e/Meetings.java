package dk.radhus.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import dk.radhus.testing.ServiceProcess;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Arranges committees, meetings, items and decisions through meetings-service's public API, as the secretary. */
public final class Meetings {

    public static final String SECRETARY = TestTokens.bearer("sekretaer", Roles.SECRETARY);

    private final Suite suite;
    private final String secretary;

    public Meetings(Suite suite) {
        this(suite, SECRETARY);
    }

    /** Acting as the secretary of {@code secretaryToken}. */
    public Meetings(Suite suite, String secretaryToken) {
        this.suite = suite;
        this.secretary = secretaryToken;
    }

    /** A committee code no other test uses: {@code prefix} and random capitals, at most 12 characters. */
    public static String uniqueCode(String prefix) {
        StringBuilder code = new StringBuilder(prefix);
        while (code.length() < 10) {
            code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return code.toString();
    }

    /**
     * Creates the committee unless another test did (seed codes such as BEU are shared) and waits until both
     * budget-service and strategy-service know it.
     */
    public void committee(String code, String name, String kind) {
        given().baseUri(suite.meetings.baseUri()).auth().oauth2(secretary).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "kind", kind))
                .post("/committees").then().statusCode(anyOf(is(201), is(409)));
        for (ServiceProcess reader : List.of(suite.budget, suite.strategy)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> given().baseUri(reader.baseUri())
                    .get("/committees/" + code).statusCode() == 200);
        }
    }

    /** Plans a meeting; {@code startsAt} is local Danish time, e.g. {@code 2011-05-11T17:00:00}. */
    public String meeting(String committee, String startsAt, String location) {
        return secretary().body(Map.of("committeeCode", committee, "startsAt", startsAt, "location", location))
                .post("/meetings").then().statusCode(201).extract().path("id");
    }

    /** An open decision item with a case presentation, a recommendation and the given references. */
    public static Map<String, Object> item(int number, String title, String caseNumber, String documentNumber,
            String recommendation, List<Map<String, String>> references) {
        Map<String, Object> item = new HashMap<>(Map.of("number", number, "title", title, "caseNumber", caseNumber,
                "kind", "DECISION", "access", "OPEN",
                "sections", List.of(Map.of("type", "CASE_PRESENTATION", "body", "Sagsfremstilling: " + title),
                        Map.of("type", "RECOMMENDATION", "body", recommendation)),
                "references", references));
        if (documentNumber != null) {
            item.put("documentNumber", documentNumber);
        }
        return item;
    }

    public static Map<String, String> reference(String kind, String id) {
        return Map.of("kind", kind, "id", id);
    }

    public String addItem(String meetingId, Map<String, Object> item) {
        return secretary().body(item).post("/meetings/" + meetingId + "/items").then().statusCode(201)
                .extract().path("id");
    }

    public void transition(String meetingId, String to) {
        secretary().body(Map.of("to", to)).post("/meetings/" + meetingId + "/transitions").then().statusCode(200);
    }

    public void decide(String meetingId, String itemId, String text, String outcome) {
        secretary().body(Map.of("text", text, "outcome", outcome))
                .put("/meetings/" + meetingId + "/items/" + itemId + "/decision").then().statusCode(200);
    }

    /** The meeting with every item, as the secretary sees it. */
    public JsonPath meetingAsSecretary(String meetingId) {
        return secretary().get("/meetings/" + meetingId).then().statusCode(200).extract().jsonPath();
    }

    /**
     * Uploads a file to the item's first attachment: a file that only starts like a PDF, with {@code marker} in its
     * name and, readable, in its bytes, so that a leak scan finds it in any answer that carries the file.
     */
    public void attachFile(String meetingId, String itemId, String marker) {
        given().baseUri(suite.meetings.baseUri()).auth().oauth2(secretary).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + marker + ".pdf")
                .body(("%PDF-1.4\n" + marker + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .put("/meetings/" + meetingId + "/items/" + itemId + "/attachments/0/file").then().statusCode(200);
    }

    private RequestSpecification secretary() {
        return given().baseUri(suite.meetings.baseUri()).auth().oauth2(secretary).contentType(ContentType.JSON);
    }
}
