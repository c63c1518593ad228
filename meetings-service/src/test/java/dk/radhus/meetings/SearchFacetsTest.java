package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.RadhusTestResources;

/**
 * Search pages with a total and facets (committee, year, case number, document kind), sorted by relevance or date, and
 * the case page. A word made for the test finds three open items in two years; a closed item and a draft agenda hold
 * it too, and only staff find them.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class SearchFacetsTest {

    private final String word = "zqx" + TestData.uniqueCode().toLowerCase();
    private final String marker = "Lukketsag" + TestData.uniqueCode().toLowerCase();
    private final String caseA = "31/" + TestData.uniqueCode();
    private final String caseB = "32/" + TestData.uniqueCode();
    private String committee;
    private String first;
    private String second;

    @BeforeEach
    void arrange() {
        committee = TestData.committee();
        first = TestData.meeting(committee, "2031-05-11T17:00:00");
        String decided = TestData.addItem(first, item(1, "Vejplan " + word, "OPEN", caseA));
        TestData.addItem(first, item(2, "Personalesag " + word + " " + marker, "CLOSED", "19/" + marker));
        TestData.transition(first, "AGENDA_PUBLISHED");
        TestData.transition(first, "HELD");
        TestData.decide(first, decided, "Vejplanen vedtages.", "APPROVED");
        TestData.transition(first, "MINUTES_APPROVED");
        second = TestData.meeting(committee, "2032-02-01T17:00:00");
        TestData.addItem(second, item(1, "Vejplan, opfølgning " + word, "OPEN", caseA));
        TestData.addItem(second, item(2, "Stiplan " + word, "OPEN", caseB));
        TestData.transition(second, "AGENDA_PUBLISHED");
        String draft = TestData.meeting(committee, "2032-06-01T17:00:00");
        TestData.addItem(draft, item(1, "Udkast " + word, "OPEN", caseB));
    }

    @Test
    void shouldCountEveryPublicMatchInTheTotalAndFacets() {
        String body = given().queryParam("q", word).get("/search/results").then().statusCode(200).extract().asString();
        JsonPath results = JsonPath.from(body);

        assertThat(results.getLong("total")).isEqualTo(3);
        assertThat(results.getList("facets.committee.value")).containsExactly(committee);
        assertThat(results.getList("facets.committee.label")).containsExactly("Testudvalg " + committee);
        assertThat(results.getList("facets.committee.count", Long.class)).containsExactly(3L);
        assertThat(results.getList("facets.year.value")).containsExactly("2032", "2031");
        assertThat(results.getList("facets.year.count", Long.class)).containsExactly(2L, 1L);
        assertThat(results.getList("facets.caseNumber.value")).containsExactly(caseA, caseB);
        assertThat(results.getList("facets.caseNumber.count", Long.class)).containsExactly(2L, 1L);
        assertThat(results.getList("facets.documentKind.label")).containsExactly("Dagsorden", "Referat");
        assertThat(results.getList("facets.documentKind.count", Long.class)).containsExactly(2L, 1L);
        assertThat(body.toLowerCase()).doesNotContain(marker.toLowerCase(), "udkast");

        JsonPath staff = given().auth().oauth2(SECRETARY).queryParam("q", word).get("/search/results").then()
                .statusCode(200).extract().jsonPath();
        assertThat(staff.getLong("total")).isEqualTo(5);
        assertThat(staff.getList("facets.caseNumber.value")).contains("19/" + marker);
    }

    @Test
    void shouldNarrowTheTotalAndFacetsByTheChosenFacetValues() {
        given().queryParam("q", word).queryParam("year", 2032).get("/search/results").then().statusCode(200)
                .body("total", equalTo(2)).body("facets.year.value", contains("2032"));
        given().queryParam("q", word).queryParam("documentKind", "MINUTES").get("/search/results").then()
                .statusCode(200).body("total", equalTo(1)).body("hits[0].title", equalTo("Vejplan " + word))
                .body("hits[0].documentKind", equalTo("MINUTES"));
        given().queryParam("q", word).queryParam("caseNumber", caseA).queryParam("committee", committee)
                .get("/search/results").then().statusCode(200).body("total", equalTo(2));
    }

    @Test
    void shouldPageAndSortByDate() {
        List<String> titles = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            JsonPath results = given().queryParam("q", word).queryParam("sort", "date").queryParam("size", 2)
                    .queryParam("page", page).get("/search/results").then().statusCode(200)
                    .body("total", equalTo(3)).body("page", equalTo(page)).body("sort", equalTo("date"))
                    .extract().jsonPath();
            titles.addAll(results.getList("hits.title"));
        }
        assertThat(titles).containsExactly("Vejplan, opfølgning " + word, "Stiplan " + word, "Vejplan " + word);
        given().queryParam("q", word).queryParam("page", 3).queryParam("size", 2).get("/search/results").then()
                .statusCode(200).body("total", equalTo(3)).body("hits.size()", equalTo(0));
        assertThat(given().queryParam("q", word).get("/search/results").then().statusCode(200).extract().jsonPath()
                .getList("hits.title")).hasSize(3).contains("Stiplan " + word);
    }

    @Test
    void shouldRejectUnreadableParametersNamingThem() {
        for (Map.Entry<String, String> bad : Map.of("sort", "oldest", "size", "0", "page", "x", "documentKind",
                "PROTOCOL", "year", "2031a").entrySet()) {
            given().queryParam("q", word).queryParam(bad.getKey(), bad.getValue()).get("/search/results").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
        given().get("/search/results").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void shouldShowEveryPublishedMeetingThatTreatedTheCaseOnItsPage() {
        given().queryParam("caseNumber", caseA).get("/cases").then().statusCode(200)
                .body("caseNumber", equalTo(caseA)).body("meetings.size()", equalTo(2))
                .body("meetings[0].meetingId", equalTo(first)).body("meetings[1].meetingId", equalTo(second))
                .body("meetings[0].committeeName", equalTo("Testudvalg " + committee))
                .body("meetings[0].items[0].title", equalTo("Vejplan " + word))
                .body("meetings[0].items[0].decisionText", equalTo("Vejplanen vedtages."))
                .body("meetings[1].items[0].decisionText", nullValue());
        given().queryParam("caseNumber", caseB).get("/cases").then().statusCode(200)
                .body("meetings.size()", equalTo(1));
        given().queryParam("caseNumber", "19/" + marker).get("/cases").then().statusCode(404)
                .body("detail", equalTo("Sagen findes ikke."));
        given().auth().oauth2(SECRETARY).queryParam("caseNumber", "19/" + marker).get("/cases").then()
                .statusCode(200).body("meetings[0].items[0].access", equalTo("CLOSED"));
        given().get("/cases").then().statusCode(400).body("errors[0].field", equalTo("caseNumber"));
    }

    private static Map<String, Object> item(int number, String title, String access, String caseNumber) {
        Map<String, Object> item = new HashMap<>(TestData.item(number, title, access));
        item.put("caseNumber", caseNumber);
        return item;
    }
}
