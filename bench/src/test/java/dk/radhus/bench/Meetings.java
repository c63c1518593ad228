package dk.radhus.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.ServiceProcess;
import dk.radhus.testing.TestTokens;

/** Sets meetings-service data up through its public API, as the secretariat would. */
final class Meetings {

    static final String SECRETARY = TestTokens.bearer("bench.secretary", Roles.SECRETARY);

    private final Api api;

    Meetings(ServiceProcess service) {
        this.api = new Api(service);
    }

    Api api() {
        return api;
    }

    void committee(String code, String name, String kind) {
        api.json("POST", "/committees", SECRETARY, Map.of("code", code, "name", name, "kind", kind), 201);
    }

    /** What the service's own import recognises in a document ({@code dryRun=true}): items, participants, dates. */
    JsonNode parse(String document, String committee) {
        return api.post("/imports?dryRun=true&committee=" + committee, SECRETARY, "text/plain; charset=UTF-8",
                document.getBytes(StandardCharsets.UTF_8), 200).get("document");
    }

    /** Every item of the seed documents, in document order, as the import parsed it. */
    List<JsonNode> seedItems(String committee) {
        List<JsonNode> items = new ArrayList<>();
        for (String file : Seeds.FILES) {
            parse(Seeds.read(file), committee).get("items").forEach(items::add);
        }
        return items;
    }

    String meeting(String committee, String startsAt, String location) {
        return api.json("POST", "/meetings", SECRETARY,
                Map.of("committeeCode", committee, "startsAt", startsAt, "location", location), 201).get("id").asText();
    }

    /** Adds a parsed seed item as item {@code number}, with the given access (OPEN or CLOSED). */
    void item(String meetingId, int number, JsonNode parsed, String access) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", number);
        body.put("title", parsed.get("title").asText());
        body.put("caseNumber", text(parsed, "caseNumber"));
        body.put("documentNumber", text(parsed, "documentNumber"));
        body.put("kind", parsed.get("kind").asText());
        body.put("access", access);
        List<Map<String, Object>> sections = new ArrayList<>();
        parsed.get("sections").forEach(s -> sections.add(Map.of("type", s.get("type").asText(),
                "heading", s.get("heading").asText(), "body", s.get("body").asText())));
        body.put("sections", sections);
        List<Map<String, Object>> attachments = new ArrayList<>();
        parsed.get("attachments").forEach(a -> {
            Map<String, Object> attachment = new LinkedHashMap<>();
            attachment.put("title", a.get("title").asText());
            attachment.put("documentReference", text(a, "documentReference"));
            attachment.put("fileName", text(a, "fileName"));
            attachments.add(attachment);
        });
        body.put("attachments", attachments);
        api.json("POST", "/meetings/" + meetingId + "/items", SECRETARY, body, 201);
    }

    void attendance(String meetingId, JsonNode participants) {
        List<Map<String, Object>> rows = new ArrayList<>();
        participants.forEach(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.get("name").asText());
            row.put("status", "PRESENT");
            row.put("note", text(p, "partyLetter"));
            rows.add(row);
        });
        api.json("PUT", "/meetings/" + meetingId + "/attendance", SECRETARY, rows, 200);
    }

    void transition(String meetingId, String to) {
        api.json("POST", "/meetings/" + meetingId + "/transitions", SECRETARY, Map.of("to", to), 200);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
