package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.testing.OparlConformance;

/** The conformance walker finds what breaks the schemas, without Quarkus: it must fail where the API would be wrong. */
class OparlConformanceCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = "https://oparl.example.org";

    @Test
    void shouldAcceptAMinimalConformingApi() {
        assertThat(walk(api(page("[]", "1", null)))).isEmpty();
    }

    @Test
    void shouldReportAMissingRequiredFieldAWrongTypeAndAnUnknownField() {
        JsonNode meeting = json("""
                {"type": "https://schema.oparl.org/1.1/AgendaItem", "order": "1", "title": "x"}""");
        assertThat(new OparlConformance(url -> null).check(meeting, "AgendaItem")).containsExactlyInAnyOrder(
                "AgendaItem AgendaItem : required id missing",
                "AgendaItem AgendaItem .order: \"1\" is not of type integer",
                "AgendaItem AgendaItem : title is not in the schema");
    }

    @Test
    void shouldReportABadDateTimeAndARelativeUrl() {
        JsonNode meeting = json("""
                {"id": "/meeting/1", "type": "https://schema.oparl.org/1.1/Meeting", "start": "2026-12-06 10:00"}""");
        assertThat(new OparlConformance(url -> null).check(meeting, "Meeting")).containsExactlyInAnyOrder(
                "Meeting Meeting /meeting/1.id: /meeting/1 is not an absolute URL",
                "Meeting Meeting /meeting/1.start: 2026-12-06 10:00 is not a date-time");
    }

    @Test
    void shouldReportAListPageWithoutNextThatIsNotTheLast() {
        assertThat(walk(api(page("[]", "2", null)))).singleElement().asString()
                .contains("has no links.next");
    }

    @Test
    void shouldReportALinkToAnObjectOfAnotherType() {
        Map<String, String> api = api(page("[]", "1", null));
        api.put(BASE + "/body/1", body().replace("\"https://schema.oparl.org/1.1/Body\"",
                "\"https://schema.oparl.org/1.1/Person\""));
        assertThat(walk(api)).anyMatch(violation -> violation.contains("type is \"https://schema.oparl.org/1.1/Person\""));
    }

    @Test
    void shouldFetchNoMoreObjectsOfATypeThanAskedWhileStillWalkingTheLists() {
        Map<String, String> api = api(page("[]", "1", null));
        api.put(BASE + "/body/1", body().replace("\"https://schema.oparl.org/1.1/Body\"",
                "\"https://schema.oparl.org/1.1/Person\""));
        assertThat(walk(api, 0)).isEmpty();
        api.put(BASE + "/list", page("[]", "2", null));
        assertThat(walk(api, 0)).singleElement().asString().contains("has no links.next");
    }

    private static java.util.List<String> walk(Map<String, String> api) {
        return walk(api, Integer.MAX_VALUE);
    }

    private static java.util.List<String> walk(Map<String, String> api, int fetchesPerType) {
        return new OparlConformance(url -> {
            String body = api.get(url);
            if (body == null) {
                throw new AssertionError("404");
            }
            return json(body);
        }, fetchesPerType).walk(BASE + "/");
    }

    /** A system whose body links every list to {@code list}. */
    private static Map<String, String> api(String list) {
        Map<String, String> api = new java.util.HashMap<>();
        api.put(BASE + "/", """
                {"id": "%s/", "type": "https://schema.oparl.org/1.1/System",
                 "oparlVersion": "https://schema.oparl.org/1.1/", "body": "%s/bodies"}""".formatted(BASE, BASE));
        api.put(BASE + "/bodies", page("[" + body() + "]", "1", null));
        api.put(BASE + "/body/1", body());
        api.put(BASE + "/list", list);
        return api;
    }

    private static String body() {
        return """
                {"id": "%1$s/body/1", "type": "https://schema.oparl.org/1.1/Body", "system": "%1$s/",
                 "name": "Kommune", "organization": "%1$s/list", "person": "%1$s/list", "meeting": "%1$s/list",
                 "paper": "%1$s/list", "legislativeTerm": []}""".formatted(BASE);
    }

    private static String page(String data, String totalPages, String next) {
        return """
                {"data": %s, "pagination": {"currentPage": 1, "totalPages": %s}, "links": {%s}}"""
                .formatted(data, totalPages, next == null ? "" : "\"next\": \"" + next + "\"");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
