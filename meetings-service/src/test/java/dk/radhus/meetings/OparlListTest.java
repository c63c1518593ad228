package dk.radhus.meetings;

import static dk.radhus.meetings.OparlApiTest.OPARL;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dk.radhus.testing.RadhusTestResources;

/**
 * OParl lists: pages with links.next that keep the client's filters, the created/modified filters, deleted objects
 * reported with deleted: true (in lists only when asked for changes), and bad parameters as a 400 naming them.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class OparlListTest {

    @Test
    void shouldPageACommitteesMeetingsWithNextLinksThatKeepTheFilters() {
        String committee = TestData.committee();
        String since = now().minusMinutes(1).toString();
        List<String> meetings = List.of(published(committee, "2031-01-10T17:00:00"),
                published(committee, "2031-02-10T17:00:00"), published(committee, "2031-03-10T17:00:00"));
        String list = OPARL + "/organization/" + committee + "/meetings";

        JsonPath first = given().queryParam("limit", 2).queryParam("modified_since", since).get(list).then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getList("data.id", String.class)).hasSize(2);
        assertThat(first.getLong("pagination.totalElements")).isEqualTo(3);
        assertThat(first.getInt("pagination.totalPages")).isEqualTo(2);
        String next = first.getString("links.next");
        assertThat(next).contains("page=2", "limit=2", "modified_since=");

        JsonPath second = given().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
        assertThat(second.getString("links.next")).isNull();
        assertThat(second.getInt("pagination.currentPage")).isEqualTo(2);
        List<String> all = new java.util.ArrayList<>(first.getList("data.id", String.class));
        all.addAll(second.getList("data.id", String.class));
        assertThat(all).extracting(id -> id.substring(id.lastIndexOf('/') + 1))
                .containsExactly(meetings.get(2), meetings.get(1), meetings.get(0));
    }

    @Test
    void shouldFilterByCreatedAndModifiedTimes() {
        String committee = TestData.committee();
        String meeting = published(committee, "2031-01-10T17:00:00");
        String list = OPARL + "/organization/" + committee + "/meetings";
        String later = now().plusMinutes(5).toString();
        String earlier = now().minusMinutes(5).toString();

        given().queryParam("modified_since", later).get(list).then().statusCode(200).body("data.size()", equalTo(0));
        given().queryParam("created_since", later).get(list).then().statusCode(200).body("data.size()", equalTo(0));
        given().queryParam("modified_until", earlier).get(list).then().statusCode(200)
                .body("data.size()", equalTo(0));
        given().queryParam("created_since", earlier).queryParam("created_until", later)
                .queryParam("modified_since", earlier).queryParam("modified_until", later).get(list).then()
                .statusCode(200).body("data.id", hasItem(containsString(meeting)));
    }

    @Test
    void shouldReportWhatAClosingAmendmentTookAwayAsDeleted() {
        String committee = TestData.committee();
        String caseNumber = "26/" + TestData.uniqueCode();
        String meeting = TestData.meeting(committee, "2031-01-10T17:00:00");
        Map<String, Object> item = new HashMap<>(OparlApiTest.openItem(1, "Salg af grund"));
        item.put("caseNumber", caseNumber);
        String itemId = TestData.addItem(meeting, item);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        String paper = given().get(OPARL + "/consultation/" + itemId).then().statusCode(200).extract().path("paper");
        String paperId = paper.substring(paper.lastIndexOf('/') + 1);
        given().get(paper).then().statusCode(200).body("deleted", nullValue()).body("reference", equalTo(caseNumber));
        String before = now().minusSeconds(2).toString();

        item.put("access", "CLOSED");
        item.put("amendmentReason", "Punktet behandles for lukkede døre");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(item)
                .put("/meetings/" + meeting + "/items/" + itemId).then().statusCode(200);

        given().get(paper).then().statusCode(200).body("deleted", equalTo(true)).body("reference", nullValue())
                .body("id", equalTo(paper)).body("modified", not(nullValue()));
        given().get(OPARL + "/file/" + itemId + "/0").then().statusCode(200).body("deleted", equalTo(true));
        given().get(OPARL + "/consultation/" + itemId).then().statusCode(200).body("deleted", equalTo(true));
        given().get(OPARL + "/agenda-item/" + itemId).then().statusCode(200).body("public", equalTo(false))
                .body("name", nullValue());
        for (String list : List.of("papers", "files", "consultations")) {
            String url = OPARL + "/body/" + list;
            assertThat(given().queryParam("modified_since", before).get(url).then().statusCode(200).extract()
                    .jsonPath().getList("data.findAll { it.deleted == true }.id", String.class))
                    .as(list).anyMatch(id -> id.contains(list.equals("papers") ? paperId : itemId));
            assertThat(given().get(url).then().statusCode(200).extract().asString()).as(list)
                    .doesNotContain("\"deleted\"").doesNotContain(caseNumber);
        }
    }

    @Test
    void shouldShowWhatChangedInAMeetingInTheNextReadOfItsPage() {
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee, "2031-01-10T17:00:00");
        Map<String, Object> item = new HashMap<>(OparlApiTest.openItem(1, "Salg af grund"));
        String itemId = TestData.addItem(meeting, item);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        String list = OPARL + "/organization/" + committee + "/meetings";
        given().get(list).then().statusCode(200).body("data[0].agendaItem[0].name", equalTo("Salg af grund"));

        item.put("title", "Salg af grund, rettet");
        item.put("amendmentReason", "Titlen var forkert");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(item)
                .put("/meetings/" + meeting + "/items/" + itemId).then().statusCode(200);
        given().get(list).then().statusCode(200).body("data[0].agendaItem[0].name", equalTo("Salg af grund, rettet"));

        item.put("access", "CLOSED");
        item.put("amendmentReason", "Punktet behandles for lukkede døre");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(item)
                .put("/meetings/" + meeting + "/items/" + itemId).then().statusCode(200);
        given().get(list).then().statusCode(200).body("data[0].agendaItem[0].public", equalTo(false))
                .body("data[0].agendaItem[0].name", nullValue());

        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("name", "Omdøbt udvalg " + committee, "kind", "POLITICAL_COMMITTEE", "active", true))
                .put("/committees/" + committee).then().statusCode(200);
        given().get(list).then().statusCode(200).body("data[0].name", equalTo("Omdøbt udvalg " + committee));
    }

    @Test
    void shouldLeaveOutTheInternalListsWhenAskedTo() {
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee, "2031-05-10T17:00:00");
        TestData.addItem(meeting, OparlApiTest.openItem(1, "Bilagssag"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        String list = OPARL + "/organization/" + committee + "/meetings";

        given().get(list).then().statusCode(200).body("data[0].agendaItem[0].auxiliaryFile[0].name",
                equalTo("Bilag til Bilagssag"));
        JsonPath omitted = given().queryParam("omit_internal", "true").queryParam("limit", 1).get(list).then()
                .statusCode(200).extract().jsonPath();
        assertThat(omitted.getString("data[0].id")).endsWith("/meeting/" + meeting);
        assertThat(omitted.getString("data[0].name")).isNotBlank();
        assertThat(omitted.getMap("data[0]")).doesNotContainKey("agendaItem");
        assertThat(omitted.getString("links.self")).contains("omit_internal=true");
        assertThat(given().get(list).then().extract().jsonPath().getList("data[0].agendaItem")).hasSize(1);

        List<String> names = new java.util.ArrayList<>();
        String page = OPARL + "/body/agenda-items?omit_internal=true&modified_since="
                + java.net.URLEncoder.encode(now().minusMinutes(1).toString(), java.nio.charset.StandardCharsets.UTF_8);
        while (page != null) {
            JsonPath items = given().urlEncodingEnabled(false).get(page).then().statusCode(200).extract().jsonPath();
            names.addAll(items.getList("data.name", String.class));
            assertThat(items.getList("data.auxiliaryFile")).allMatch(files -> files == null);
            page = items.getString("links.next");
        }
        assertThat(names).contains("Bilagssag");
        String person = given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("name", "Ida Intern", "partyLetter", "B")).post("/persons").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("personId", person, "role", "MEMBER", "startDate", "2026-01-01"))
                .post("/committees/" + committee + "/members").then().statusCode(201);
        String since = now().minusMinutes(1).toString();
        JsonPath persons = given().queryParam("created_since", since).get(OPARL + "/body/persons").then()
                .statusCode(200).extract().jsonPath();
        assertThat(persons.getList("data.name", String.class)).contains("Ida Intern");
        assertThat(persons.getList("data.membership")).anyMatch(memberships -> memberships instanceof List<?> l
                && l.size() == 1);
        persons = given().queryParam("created_since", since).queryParam("omit_internal", "true")
                .get(OPARL + "/body/persons").then().statusCode(200).extract().jsonPath();
        assertThat(persons.getList("data.name", String.class)).contains("Ida Intern");
        assertThat(persons.getList("data.membership")).allMatch(memberships -> memberships == null);
        assertThat(given().queryParam("omit_internal", "true").get(OPARL + "/bodies").then().statusCode(200)
                .extract().jsonPath().getMap("data[0]")).doesNotContainKey("legislativeTerm").containsKey("name");
        given().queryParam("omit_internal", "false").get(OPARL + "/bodies").then().statusCode(200)
                .body("data[0].legislativeTerm[0].name", equalTo("Valgperioden 2007–2009"));
    }

    @Test
    void shouldRejectUnreadableParametersNamingThem() {
        for (Map.Entry<String, String> bad : Map.of("modified_since", "2026-12-06", "created_until", "i går",
                "limit", "0", "page", "x", "created_since", "2026-12-06T10:00:00").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).get(OPARL + "/body/meetings").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad.getKey()));
        }
        given().queryParam("limit", 101).get(OPARL + "/body/papers").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        given().queryParam("omit_internal", "yes").get(OPARL + "/body/persons").then().statusCode(400)
                .body("errors[0].field", equalTo("omit_internal"));
        given().get(OPARL + "/paper/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().get(OPARL + "/organization/" + TestData.uniqueCode()).then().statusCode(404);
        given().get(OPARL + "/organization/" + TestData.uniqueCode() + "/meetings").then().statusCode(404);
    }

    private static String published(String committee, String startsAt) {
        String meeting = TestData.meeting(committee, startsAt);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        return meeting;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }
}
