package dk.radhus.meetings;

import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;

/**
 * The anonymous view of a published meeting is served from a cache: a change made through this service shows in the
 * very next read, and a change written behind its back (as another replica would) within the revalidation interval,
 * whichever table it touched.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class PublicMeetingCacheTest {

    private static final Duration OTHER_REPLICA = Duration.ofSeconds(2);

    @Test
    void shouldShowAChangeMadeThroughTheServiceToTheNextAnonymousRead() {
        String meeting = publishedMeeting("Vækststrategi");
        String item = itemId(meeting);
        given().get("/meetings/" + meeting).then().statusCode(200).body("items[0].title", equalTo("Vækststrategi"));

        Map<String, Object> change = new HashMap<>(TestData.item(1, "Vækst- og erhvervsstrategi", "OPEN"));
        change.put("amendmentReason", "Titlen er rettet");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(change)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(200);

        given().get("/meetings/" + meeting).then().statusCode(200)
                .body("items[0].title", equalTo("Vækst- og erhvervsstrategi"))
                .body("items[0].amendments", hasSize(1));
    }

    @Test
    void shouldShowASectionChangedBehindTheServicesBackWithinTheRevalidationInterval() {
        String meeting = publishedMeeting("Kvalitetskontrakt");
        given().get("/meetings/" + meeting).then().statusCode(200);

        sql("UPDATE item_section SET body = 'Ændret på en anden replika' WHERE item_id = ? AND position = 0",
                itemId(meeting));

        await().atMost(OTHER_REPLICA).untilAsserted(() -> given().get("/meetings/" + meeting).then()
                .body("items[0].sections[0].body", equalTo("Ændret på en anden replika")));
    }

    @Test
    void shouldHideAnItemClosedBehindTheServicesBackWithinTheRevalidationInterval() {
        String meeting = publishedMeeting("Byggesag Hovedgaden 7");
        given().get("/meetings/" + meeting).then().statusCode(200).body(containsString("Hovedgaden"));

        sql("UPDATE agenda_item SET access = 'CLOSED' WHERE id = ?", itemId(meeting));

        await().atMost(OTHER_REPLICA).untilAsserted(() -> given().get("/meetings/" + meeting).then()
                .body("items[0].title", equalTo("Lukket punkt"))
                .body(not(containsString("Hovedgaden"))));
    }

    @Test
    void shouldAnswerNotFoundOnceAMeetingIsNoLongerPublic() {
        String meeting = publishedMeeting("Meddelelser");
        given().get("/meetings/" + meeting).then().statusCode(200);

        sql("UPDATE meeting SET published_at = NULL WHERE id = ?", meeting);

        await().atMost(OTHER_REPLICA).untilAsserted(() -> given().get("/meetings/" + meeting).then()
                .statusCode(404).contentType("application/problem+json"));
    }

    private static String publishedMeeting(String title) {
        String meeting = TestData.meeting(TestData.committee());
        TestData.addItem(meeting, TestData.item(1, title, "OPEN"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        return meeting;
    }

    private static String itemId(String meeting) {
        return given().auth().oauth2(SECRETARY).get("/meetings/" + meeting).then().extract().path("items[0].id");
    }

    private static void sql(String statement, String id) {
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("meetings"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
                PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, UUID.fromString(id));
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("Expected one row: " + statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
