package dk.radhus.meetings;

import static dk.radhus.meetings.DraftedItems.section;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import dk.radhus.platform.events.InitiativeStatusChanged.Light;
import dk.radhus.platform.events.Topics;
import dk.radhus.testing.RadhusTestResources;

/** Red initiatives of a growth policy are collected onto one item on the directorate's next planned meeting. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class DirectorateDraftingTest {

    private static final String ACTION_PLAN = "ACTION_PLAN";
    private static final LocalDate MARCH = LocalDate.of(2031, 3, 1);
    private static final String TITLE = "Status på handlingsplan for vækstpolitikken: ";

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    private DraftingEvents events;
    private String directorate;
    private String meeting;
    private final UUID policy = UUID.randomUUID();
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();

    @BeforeEach
    void onlyThisTestsDirectorateMeetingIsPlanned() {
        events = new DraftingEvents(objectMapper);
        DraftedItems.cancelPlannedDirectorateMeetings();
        directorate = TestData.committee("Direktionen", "DIRECTORATE");
        meeting = TestData.meeting(directorate, "2031-03-10T09:00:00");
    }

    @Test
    void shouldCollectTheRedInitiativesOntoOneItemAndUpdateItAsMoreTurnRed() {
        status(first, "1.1", Light.RED, MARCH);
        status(second, "1.2", Light.RED, MARCH);
        status(third, "2.1", Light.GREEN, MARCH);

        JsonPath item = awaitItem(meeting, "2 indsatser i rødt");
        assertThat(item.getString("kind")).isEqualTo("INFORMATION");
        assertThat(section(item, "CASE_PRESENTATION"))
                .startsWith("Handlingsplanen for Vækstpolitik 2018-2022 – Vækst – vejen til velfærd har 2 indsatser"
                        + " med rødt stoplys:")
                .contains("1.1 Indsats 1.1\nFokusområde: Byudvikling. Ansvarlig: BYC. Status pr. 1. marts 2031:"
                        + " Status for 1.1 er RED")
                .contains("1.2 Indsats 1.2").doesNotContain("2.1");
        assertThat(section(item, "RECOMMENDATION")).isEqualTo("Administrationen indstiller, at Direktionen orienteres"
                + " om status for 2 indsatser i rødt i handlingsplanen for Vækstpolitik 2018-2022 – Vækst – vejen til"
                + " velfærd, og at orienteringen tages til efterretning.");
        assertThat(item.getList("references")).containsExactly(Map.of("kind", ACTION_PLAN, "id", policy.toString()));
        assertThat(Drafting.audited(item.getString("id"))).first().isEqualTo("event InitiativeStatusChanged item.drafted");

        status(third, "2.1", Light.RED, MARCH.plusDays(1));

        JsonPath updated = awaitItem(meeting, "3 indsatser i rødt");
        assertThat(updated.getString("id")).isEqualTo(item.getString("id"));
        assertThat(section(updated, "CASE_PRESENTATION")).contains("2.1 Indsats 2.1");
    }

    @Test
    void shouldCountDownAsInitiativesRecoverAndRemoveTheItemWhenNoneIsRed() {
        status(first, "1.1", Light.RED, MARCH);
        status(second, "1.2", Light.RED, MARCH);
        awaitItem(meeting, "2 indsatser i rødt");

        status(first, "1.1", Light.YELLOW, MARCH.plusDays(1));
        JsonPath one = awaitItem(meeting, "1 indsats i rødt");
        assertThat(section(one, "RECOMMENDATION")).contains("orienteres om status for 1 indsats i rødt");
        assertThat(section(one, "CASE_PRESENTATION")).doesNotContain("1.1 Indsats");

        status(second, "1.2", Light.GREEN, MARCH.plusDays(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> DraftedItems.referring(meeting, ACTION_PLAN, policy.toString()).isEmpty());
        assertThat(Drafting.audited(one.getString("id"))).last().isEqualTo("event InitiativeStatusChanged item.removed");
    }

    @Test
    void shouldNotLetAnOlderStatusOverwriteANewerOne() {
        Instant now = Instant.now();
        status(first, "1.1", Light.RED, MARCH, now);
        UUID olderAsOf = status(first, "1.1", Light.GREEN, MARCH.minusDays(7), now.plusSeconds(60));
        status(second, "1.2", Light.RED, MARCH, now);
        UUID olderEvent = status(second, "1.2", Light.GREEN, MARCH, now.minusSeconds(60));

        await().atMost(Duration.ofSeconds(30)).until(() -> Drafting.processed(entityManager, "meetings-strategy",
                olderAsOf) && Drafting.processed(entityManager, "meetings-strategy", olderEvent));
        JsonPath item = awaitItem(meeting, "2 indsatser i rødt");
        assertThat(section(item, "CASE_PRESENTATION")).contains("1.1 Indsats 1.1", "1.2 Indsats 1.2");
    }

    @Test
    void shouldDraftChangesAfterPublicationOntoTheNextDirectorateMeeting() {
        status(first, "1.1", Light.RED, MARCH);
        String published = awaitItem(meeting, "1 indsats i rødt").getString("id");
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        String next = TestData.meeting(directorate, "2031-04-07T09:00:00");

        status(second, "1.2", Light.RED, MARCH.plusDays(1));

        JsonPath item = awaitItem(next, "2 indsatser i rødt");
        assertThat(item.getString("id")).isNotEqualTo(published);
        assertThat(DraftedItems.item(meeting, published).getString("title")).isEqualTo(TITLE + "1 indsats i rødt");
    }

    @Test
    void shouldWaitForAPlannedDirectorateMeeting() {
        TestData.transition(meeting, "CANCELLED");
        UUID red = status(first, "1.1", Light.RED, MARCH);
        await().atMost(Duration.ofSeconds(30)).until(() -> Drafting.processed(entityManager, "meetings-strategy", red));

        JsonPath planned = given().auth().oauth2(TestData.SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("committeeCode", directorate, "startsAt", "2031-03-17T09:00:00"))
                .post("/meetings").then().statusCode(201).extract().jsonPath();

        assertThat(DraftedItems.referring(planned.getString("id"), ACTION_PLAN, policy.toString())).hasSize(1);
        assertThat(planned.getList("items.title")).contains(TITLE + "1 indsats i rødt");
    }

    private UUID status(UUID initiative, String reference, Light light, LocalDate asOf) {
        return status(initiative, reference, light, asOf, Instant.now());
    }

    private UUID status(UUID initiative, String reference, Light light, LocalDate asOf, Instant occurredAt) {
        UUID id = UUID.randomUUID();
        events.send(Topics.STRATEGY, id, occurredAt, DraftingEvents.status(initiative, policy, reference, light, asOf));
        return id;
    }

    private JsonPath awaitItem(String meetingId, String count) {
        return DraftedItems.awaitItem(meetingId, ACTION_PLAN, policy.toString(),
                item -> item.getString("title").equals(TITLE + count));
    }
}
