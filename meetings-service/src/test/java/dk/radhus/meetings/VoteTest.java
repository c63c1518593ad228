package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.assertGuarded;
import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/**
 * Votes per item, entered by the secretary while decisions may be recorded: shown to the public with the decision once
 * the minutes are approved, in the item view and in OParl; never for a closed item.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class VoteTest {

    private final String marker = "Inhabil" + TestData.uniqueCode().toLowerCase();
    private String meeting;
    private String open;
    private String closed;
    private String person;

    @BeforeEach
    void arrange() {
        meeting = TestData.meeting(TestData.committee());
        open = TestData.addItem(meeting, TestData.item(1, "Lokalplan 12", "OPEN"));
        closed = TestData.addItem(meeting, TestData.item(2, "Personalesag", "CLOSED"));
        person = given().auth().oauth2(SECRETARY).contentType("application/json")
                .body(Map.of("name", "Hugo Hammel", "partyLetter", "A")).post("/persons").then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void shouldShowTheVoteWithTheDecisionOnceTheMinutesAreApproved() {
        call(SECRETARY, "PUT", votePath(open), split()).statusCode(409);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        call(SECRETARY, "PUT", votePath(open), split()).statusCode(200).body("vote.unanimous", equalTo(false))
                .body("vote.lines[1].voter", equalTo("O")).body("vote.notes[1].personId", equalTo(person));
        given().get(itemPath(open)).then().statusCode(200).body("vote", nullValue());

        TestData.transition(meeting, "HELD");
        TestData.decide(meeting, open, "Lokalplanen vedtages.", "APPROVED");
        TestData.transition(meeting, "MINUTES_APPROVED");

        given().get(itemPath(open)).then().statusCode(200)
                .body("vote.lines.voter", equalTo(List.of("A", "O", "F")))
                .body("vote.lines.choice", equalTo(List.of("FOR", "AGAINST", "ABSTAIN")))
                .body("vote.lines.votes", equalTo(List.of(15, 10, 2)))
                .body("vote.notes[0].kind", equalTo("MINORITY_STATEMENT"))
                .body("vote.notes[0].text", equalTo("O kan ikke støtte planen."))
                .body("vote.notes[1].kind", equalTo("CONFLICT_OF_INTEREST"));
        given().get("/meetings/" + meeting).then().statusCode(200).body("items[0].vote.lines.size()", equalTo(3));
        given().get("/oparl/v1.1/agenda-item/" + open).then().statusCode(200)
                .body("result", equalTo("Godkendt (A for 15, O imod 10, F undlod at stemme 2)"));
        call(SECRETARY, "PUT", votePath(open), Map.of("unanimous", true)).statusCode(409);
    }

    @Test
    void shouldNeverShowAClosedItemsVote() {
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        call(SECRETARY, "PUT", votePath(closed), Map.of("unanimous", true, "notes", List.of(Map.of(
                "kind", "CONFLICT_OF_INTEREST", "name", marker)))).statusCode(200);
        TestData.transition(meeting, "HELD");
        TestData.transition(meeting, "MINUTES_APPROVED");

        for (String path : List.of(itemPath(closed), "/meetings/" + meeting, "/meetings/" + meeting + "/items",
                "/oparl/v1.1/agenda-item/" + closed, "/oparl/v1.1/meeting/" + meeting)) {
            for (String token : java.util.Arrays.asList(null, FINANCE)) {
                String body = call(token, "GET", path, null).statusCode(200).extract().asString();
                assertThat(body).as(path).doesNotContain(marker).doesNotContain("\"vote\"");
            }
        }
        call(SECRETARY, "GET", itemPath(closed), null).statusCode(200).body("vote.unanimous", equalTo(true))
                .body("vote.notes[0].name", equalTo(marker));
    }

    @Test
    void shouldRejectAnInconsistentVoteNamingTheFieldAndStoreNothing() {
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        assertGuarded("PUT", votePath(open), split(), FINANCE);
        call(SECRETARY, "PUT", votePath(open), Map.of("unanimous", true, "lines", List.of(line("A", "FOR", 3))))
                .statusCode(400).body("errors[0].field", equalTo("lines"));
        call(SECRETARY, "PUT", votePath(open), Map.of("unanimous", false)).statusCode(400)
                .body("errors[0].field", equalTo("lines"));
        call(SECRETARY, "PUT", votePath(open), Map.of("unanimous", false, "lines", List.of(Map.of("voter", "A",
                "personId", java.util.UUID.randomUUID().toString(), "choice", "FOR", "votes", 1))))
                .statusCode(400).body("errors[0].field", equalTo("lines[0].personId"));
        call(SECRETARY, "PUT", votePath(open), Map.of("unanimous", false, "lines", List.of(line("A", "FOR", 0))))
                .statusCode(400).body("errors[0].field", equalTo("lines[0].votes"));
        call(SECRETARY, "GET", itemPath(open), null).statusCode(200).body("vote", nullValue());
    }

    private Map<String, Object> split() {
        return Map.of("unanimous", false,
                "lines", List.of(line("A", "FOR", 15), line("O", "AGAINST", 10), line("F", "ABSTAIN", 2)),
                "notes", List.of(Map.of("kind", "MINORITY_STATEMENT", "name", "O", "text", "O kan ikke støtte planen."),
                        Map.of("kind", "CONFLICT_OF_INTEREST", "name", "Hugo Hammel (A)", "personId", person)));
    }

    private static Map<String, Object> line(String voter, String choice, int votes) {
        return Map.of("voter", voter, "choice", choice, "votes", votes);
    }

    private String votePath(String item) {
        return "/meetings/" + meeting + "/items/" + item + "/vote";
    }

    private String itemPath(String item) {
        return "/meetings/" + meeting + "/items/" + item;
    }
}
