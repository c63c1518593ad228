package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

import dk.radhus.testing.RadhusTestResources;

/** iCalendar feeds per committee and for all, and the Atom feed: published meetings only, public projection only. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class FeedTest {

    @Test
    void shouldListPublishedMeetingsOfTheCommitteeInItsCalendar() {
        String committee = TestData.committee();
        String published = TestData.meeting(committee);
        TestData.addItem(published, TestData.item(1, "Kvalitetskontrakt", "OPEN"));
        Map<String, Object> closed = new HashMap<>(TestData.item(2, "Fyring af direktør", "CLOSED"));
        TestData.addItem(published, closed);
        TestData.transition(published, "AGENDA_PUBLISHED");
        String draft = TestData.meeting(committee);
        String other = TestData.meeting(TestData.committee());
        TestData.transition(other, "AGENDA_PUBLISHED");

        String ics = given().get("/feeds/calendar/" + committee + ".ics").then().statusCode(200)
                .contentType("text/calendar").extract().asString();
        String unfolded = ics.replace("\r\n ", "");
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(unfolded).contains("UID:" + published + "@radhus", "DTSTART;TZID=Europe/Copenhagen:20310511T170000",
                "DTEND;TZID=Europe/Copenhagen:20310511T190000", "LOCATION:B101", "SUMMARY:Møde i Testudvalg " + committee,
                "1. Kvalitetskontrakt", "2. Lukket punkt", "STATUS:CONFIRMED")
                .doesNotContain(draft, other, "Fyring");
        assertThat(ics.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);

        String all = given().get("/feeds/calendar.ics").then().statusCode(200).extract().asString();
        assertThat(all).contains(published, other).doesNotContain(draft);
        given().get("/feeds/calendar/FINDESIKKE.ics").then().statusCode(404);
    }

    @Test
    void shouldMarkACancelledPublishedMeetingAsCancelled() {
        String committee = TestData.committee();
        String meeting = TestData.meeting(committee);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        TestData.transition(meeting, "CANCELLED");
        assertThat(given().get("/feeds/calendar/" + committee + ".ics").asString()).contains("STATUS:CANCELLED");
    }

    @Test
    void shouldAnnounceAgendasAndMinutesInTheAtomFeed() {
        String agendaOnly = TestData.meeting(TestData.committee());
        TestData.addItem(agendaOnly, TestData.item(1, "Vejplan", "OPEN"));
        TestData.transition(agendaOnly, "AGENDA_PUBLISHED");
        String withMinutes = TestData.meeting(TestData.committee());
        String item = TestData.addItem(withMinutes, TestData.item(1, "Regnskab 2010", "OPEN"));
        TestData.addItem(withMinutes, TestData.item(2, "Hemmelig personalesag", "CLOSED"));
        TestData.transition(withMinutes, "AGENDA_PUBLISHED");
        TestData.transition(withMinutes, "HELD");
        TestData.decide(withMinutes, item, "Godkendt.", "APPROVED");
        TestData.transition(withMinutes, "MINUTES_APPROVED");
        String draft = TestData.meeting(TestData.committee());

        String atom = given().get("/feeds/feed.atom").then().statusCode(200).contentType("application/atom+xml")
                .extract().asString();
        assertThat(atom).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"",
                "urn:radhus:meeting:" + agendaOnly + ":agenda", "urn:radhus:meeting:" + withMinutes + ":minutes",
                "1. Regnskab 2010 — Beslutning: Godkendt.", "2. Lukket punkt")
                .doesNotContain(draft, "Hemmelig");
    }
}
