package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** Following one committee or one case number by Atom: published meetings only, open items only. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class FollowingFeedsTest {

    @Test
    void shouldFeedOneCommitteesPublishedAgendasAndMinutesOnly() {
        String committee = TestData.committee();
        String agenda = TestData.meeting(committee, "2031-02-01T17:00:00");
        TestData.addItem(agenda, TestData.item(1, "Vejplan", "OPEN"));
        TestData.addItem(agenda, TestData.item(2, "Hemmelig personalesag", "CLOSED"));
        TestData.transition(agenda, "AGENDA_PUBLISHED");
        String draft = TestData.meeting(committee, "2031-03-01T17:00:00");
        String otherCommittee = TestData.meeting(TestData.committee());
        TestData.transition(otherCommittee, "AGENDA_PUBLISHED");

        String atom = given().get("/feeds/feed/" + committee + ".atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();

        assertThat(atom).startsWith("<?xml").contains("<title>Dagsordener og referater: " + committee + "</title>",
                "<id>urn:radhus:meetings:feed:" + committee + "</id>", "feeds/feed/" + committee + ".atom\"/>",
                "urn:radhus:meeting:" + agenda + ":agenda", "1. Vejplan", "2. Lukket punkt")
                .doesNotContain(draft, otherCommittee, "Hemmelig");
        given().get("/feeds/feed/" + TestData.uniqueCode() + ".atom").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldFeedTheMeetingsThatTreatACaseNumberInAnOpenItem() {
        String committee = TestData.committee();
        String caseNumber = "26/" + TestData.uniqueCode();
        String closedCase = "19/" + TestData.uniqueCode();
        String first = TestData.meeting(committee, "2031-02-01T17:00:00");
        String firstItem = TestData.addItem(first, item(1, "Salg af grund", "OPEN", caseNumber));
        TestData.addItem(first, item(2, "Andet punkt", "OPEN", "26/andet"));
        TestData.addItem(first, item(3, "Hemmelig ekspropriation", "CLOSED", closedCase));
        TestData.transition(first, "AGENDA_PUBLISHED");
        TestData.transition(first, "HELD");
        TestData.decide(first, firstItem, "Sagen sendes videre.", "APPROVED");
        TestData.transition(first, "MINUTES_APPROVED");
        String second = TestData.meeting(TestData.committee(), "2031-03-01T17:00:00");
        TestData.addItem(second, item(4, "Salg af grund, endelig", "OPEN", caseNumber));
        TestData.transition(second, "AGENDA_PUBLISHED");
        String draft = TestData.meeting(committee, "2031-04-01T17:00:00");
        TestData.addItem(draft, item(1, "Salg af grund, udkast", "OPEN", caseNumber));

        String atom = given().queryParam("caseNumber", caseNumber).get("/feeds/case.atom").then().statusCode(200)
                .contentType("application/atom+xml").extract().asString();

        assertThat(atom).contains("<title>Sag " + caseNumber + "</title>", "urn:radhus:meeting:" + first + ":minutes",
                "urn:radhus:meeting:" + second + ":agenda", "1. Salg af grund — Beslutning: Sagen sendes videre.",
                "4. Salg af grund, endelig")
                .doesNotContain(draft, "udkast", "Andet punkt", "Hemmelig", "Lukket punkt");
        String closed = given().queryParam("caseNumber", closedCase).get("/feeds/case.atom").then().statusCode(200)
                .extract().asString();
        assertThat(closed).doesNotContain("<entry>", first, "Hemmelig");
        given().get("/feeds/case.atom").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("caseNumber"));
        given().queryParam("caseNumber", " ").get("/feeds/case.atom").then().statusCode(400);
    }

    private static Map<String, Object> item(int number, String title, String access, String caseNumber) {
        Map<String, Object> item = new HashMap<>(TestData.item(number, title, access));
        item.put("caseNumber", caseNumber);
        return item;
    }
}
