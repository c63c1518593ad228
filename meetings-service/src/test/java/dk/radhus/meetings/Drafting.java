package dk.radhus.meetings;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Checks of what drafting left behind: audit entries, processed and skipped events. */
final class Drafting {

    private Drafting() {
    }

    /**
     * The actions audited for an object, oldest first, as "actor action"; an event actor without its event id
     * ("event FollowUpSubmitted").
     */
    static List<String> audited(String objectId) {
        List<Map<String, Object>> entries = given().auth().oauth2(TestData.ADMIN)
                .get("/audit?size=500&objectId=" + objectId).then().statusCode(200).extract().jsonPath()
                .getList("entries");
        List<String> actions = new ArrayList<>(entries.stream()
                .map(e -> e.get("actor").toString().replaceFirst("^(event \\S+) \\S+$", "$1") + " " + e.get("action"))
                .toList());
        Collections.reverse(actions);
        return actions;
    }

    /** How many redelivered events a consumer has skipped so far. */
    static double duplicatesSkipped(String consumer) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(l -> l.startsWith("radhus_events_duplicates_total{") && l.contains("\"" + consumer + "\""))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    static boolean processed(EntityManager entityManager, String consumer, UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .setParameter("consumer", consumer).setParameter("id", eventId).getSingleResult()).longValue() == 1);
    }
}
