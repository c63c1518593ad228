package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.meetings.importing.DocumentFixtures;
import dk.radhus.platform.events.Topics;
import dk.radhus.testing.KafkaTestClient;
import dk.radhus.testing.RadhusTestResources;

/**
 * A closed item carries a unique marker word in its title, case number, every section, attachment, amendment reason
 * and decision, and a unique id in its reference. No anonymous (or non-staff) call to any endpoint, in any state, may
 * return either.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class ClosedItemConfidentialityTest {

    private final String marker = "Tophemmelig" + TestData.uniqueCode().toLowerCase();
    private final String referenceMarker = UUID.randomUUID().toString();
    /** A word only the closed item's attachment file holds. */
    private final String fileMarker = "Filhemmelig" + TestData.uniqueCode().toLowerCase();
    private String committee;
    private String meeting;

    @Test
    void shouldNeverShowAClosedItemsContentToThePublic() {
        committee = TestData.committee();
        meeting = TestData.meeting(committee);
        String open = TestData.addItem(meeting, TestData.item(1, "Vækstregnskab " + "offentligt", "OPEN"));
        String closed = TestData.addItem(meeting, closedItem(null));
        AttachmentUploads.upload(meeting, closed, 0, AttachmentUploads.PDF,
                DocumentFixtures.pdf("Bilagets indhold: " + fileMarker, "Bilag"), marker + ".pdf").statusCode(200);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(closedItem("Rettet " + marker))
                .put("/meetings/" + meeting + "/items/" + closed).then().statusCode(200);
        assertPublicSurfacesHideTheMarker(open, closed);

        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, open, "Godkendt.", "APPROVED");
        TestData.decide(meeting, closed, "Afvist, jf. " + marker, "REJECTED");
        TestData.transition(meeting, "MINUTES_APPROVED");
        assertPublicSurfacesHideTheMarker(open, closed);

        assertThat(call(DIRECTOR, "GET", "/meetings/" + meeting, null).extract().asString())
                .contains(marker, referenceMarker);
        assertThat(call(DIRECTOR, "GET", "/search?q=" + marker, null).extract().asString()).contains(marker);
        assertThat(call(DIRECTOR, "GET", "/search?q=" + fileMarker, null).extract().asString()).contains(fileMarker);
        AttachmentUploads.download(DIRECTOR, meeting, closed, 0).statusCode(200);
        assertThat(KafkaTestClient.readAll(Topics.MEETINGS_PUBLIC, m -> meeting.equals(m.key())))
                .noneMatch(m -> m.value().contains(marker) || m.value().contains(referenceMarker));
    }

    private void assertPublicSurfacesHideTheMarker(String open, String closed) {
        List<String> paths = new ArrayList<>(PublicSurfaces.paths(committee, meeting, open, closed, marker));
        paths.addAll(List.of("/search?q=" + fileMarker, "/search/results?q=" + fileMarker));
        PublicSurfaces.assertNoneShows(paths, marker, referenceMarker, fileMarker);
        for (String token : Arrays.asList(null, FINANCE)) {
            List<String> bodies = new ArrayList<>();
            bodies.add(request(token).contentType(ContentType.JSON).body(Map.of("text", "x", "outcome", "NOTED"))
                    .put("/meetings/" + meeting + "/items/" + closed + "/decision").asString());
            bodies.add(request(token).contentType(ContentType.JSON).body(closedItem("x"))
                    .put("/meetings/" + meeting + "/items/" + closed).asString());
            assertThat(bodies).noneMatch(body -> body.toLowerCase().contains(marker.toLowerCase())
                    || body.contains(referenceMarker));
        }
        call(null, "GET", "/meetings/" + meeting + "/items/" + closed, null).statusCode(200)
                .body("title", equalTo("Lukket punkt")).body("number", equalTo(2)).body("access", equalTo("CLOSED"))
                .body("caseNumber", equalTo(null)).body("decision", equalTo(null)).body("sections.size()", equalTo(0));
        call(null, "GET", "/meetings/" + meeting + "/items/" + closed + "/history", null).statusCode(404)
                .body("detail", equalTo("Punktet findes ikke."));
    }

    private Map<String, Object> closedItem(String amendmentReason) {
        Map<String, Object> item = new HashMap<>();
        item.put("number", 2);
        item.put("title", "Personalesag " + marker);
        item.put("caseNumber", "19/" + marker);
        item.put("documentNumber", "dok-" + marker);
        item.put("kind", "DECISION");
        item.put("access", "CLOSED");
        List<Map<String, String>> sections = new ArrayList<>();
        for (String type : List.of("BACKGROUND", "CASE_PRESENTATION", "FINANCES", "LEGAL_BASIS", "POLICY_BASIS",
                "INFORMATION", "CONSULTATION", "ASSESSMENT", "RELATED_DOCUMENTS", "RECOMMENDATION")) {
            sections.add(Map.of("type", type, "body", "Indhold om " + marker + " i " + type));
        }
        sections.add(Map.of("type", "FREE_TEXT", "heading", "Særligt " + marker, "body", marker));
        item.put("sections", sections);
        item.put("attachments", List.of(Map.of("title", "Bilag " + marker, "documentReference", marker,
                "fileName", marker + ".pdf")));
        item.put("references", List.of(Map.of("kind", "BUDGET_FOLLOW_UP", "id", referenceMarker)));
        item.put("amendmentReason", amendmentReason);
        return item;
    }

    private static io.restassured.specification.RequestSpecification request(String token) {
        return token == null ? given() : given().auth().oauth2(token);
    }
}
