package dk.radhus.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.FreePorts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** When a service does not answer, people get a Danish page saying so, never a stack trace. */
@QuarkusTest
@TestProfile(UnreachableServicesTest.NothingListens.class)
class UnreachableServicesTest {

    /** Every service address is a port nobody listens on; login is off (no Keycloak either). */
    public static class NothingListens implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:" + FreePorts.next();
            return Map.of("quarkus.rest-client.meetings.url", nowhere, "quarkus.rest-client.budget.url", nowhere,
                    "quarkus.rest-client.strategy.url", nowhere, "quarkus.oidc.tenant-enabled", "false");
        }
    }

    @Test
    void shouldSayThatTheServiceDoesNotAnswer() {
        for (String path : new String[] {"/udvalg", "/kalender", "/moeder/0b9d0c46-8c4f-4a57-9e3e-0d6c1f7e2a11",
                "/soeg?q=budget", "/feeds/kalender.ics"}) {
            String page = given().get(path).then().statusCode(503).contentType("text/html;charset=UTF-8")
                    .extract().asString();
            assertThat(page).as(path).contains("<h1>Tjenesten svarer ikke</h1>", "Prøv igen om lidt")
                    .doesNotContain("Exception", "at dk.radhus", "127.0.0.1");
        }
    }

    @Test
    void shouldServeTheFrontPageWithoutTheMissingServicesPartsAndTheStylesheet() {
        assertThat(given().get("/").then().statusCode(200).extract().asString())
                .contains("<h1>Dagsordener, referater og nøgletal</h1>", "Møderne kan ikke vises lige nu",
                        "action=\"/soeg\"")
                .doesNotContain("Nøgletal:");
        given().get("/static/portal.css").then().statusCode(200);
    }
}
