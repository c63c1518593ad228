package dk.radhus.meetings;

import static dk.radhus.meetings.Endpoints.call;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestTokens;

/** The committee-name table: the secretary maps a document's committee name; imports then find the committee by it. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class CommitteeNamesTest {

    private static final String HOLBAEK = "/imports/corpus/holbaek_aeldre_sundhed_referat_2020-06-04.txt";
    private static final String NAME = "Udvalget for Ældre og Sundhed";

    @Test
    void shouldImportIntoTheCommitteeTheDocumentsNameIsMappedTo() {
        String committee = TestData.committee();
        importDocument(resource(HOLBAEK)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("committee"))
                .body("errors[0].message", containsString("\"" + NAME + "\""));

        map("udvalget  for ældre og sundhed", committee).statusCode(200).body("committeeCode", equalTo(committee));

        String meeting = importDocument(resource(HOLBAEK)).statusCode(201).body("committeeCode", equalTo(committee))
                .extract().path("meetingId");
        call(DIRECTOR, "GET", "/meetings/" + meeting, null).body("committeeCode", equalTo(committee));
        call(DIRECTOR, "GET", "/committee-names", null).statusCode(200)
                .body("findAll { it.name == 'udvalget  for ældre og sundhed' }.committeeCode", contains(committee));
    }

    @Test
    void shouldRefuseAnUnknownCommitteeOrABlankNameAndStoreNothing() {
        map("Klimaudvalget (gammelt navn)", "FINDESIKKE").statusCode(400)
                .body("errors.field", contains("committeeCode"));
        map(" ", TestData.committee()).statusCode(400).body("errors.field", contains("name"));
        call(DIRECTOR, "GET", "/committee-names", null).statusCode(200)
                .body("name", not(hasItem("Klimaudvalget (gammelt navn)")));
    }

    @Test
    void shouldLetOnlyTheSecretariatMapAndStaffRead() {
        String committee = TestData.committee();
        given().contentType(ContentType.JSON).body(Map.of("name", "Uden login", "committeeCode", committee))
                .put("/committee-names").then().statusCode(401).contentType("application/problem+json");
        given().get("/committee-names").then().statusCode(401);
        given().auth().oauth2(TestTokens.bearer("fie", Roles.FINANCE)).get("/committee-names").then().statusCode(403);
        given().auth().oauth2(DIRECTOR).contentType(ContentType.JSON)
                .body(Map.of("name", "Direktørens navn", "committeeCode", committee)).put("/committee-names").then()
                .statusCode(403).contentType("application/problem+json");
        map("Sekretariatets navn", committee).statusCode(200);
        call(DIRECTOR, "GET", "/committee-names", null).statusCode(200)
                .body("name", hasItem("Sekretariatets navn")).body("name", not(hasItem("Direktørens navn")))
                .body("name", not(hasItem("Uden login")));
    }

    private static io.restassured.response.ValidatableResponse map(String name, String committee) {
        return given().auth().oauth2(SECRETARY).contentType(ContentType.JSON)
                .body(Map.of("name", name, "committeeCode", committee)).put("/committee-names").then();
    }

    private static io.restassured.response.ValidatableResponse importDocument(String text) {
        return given().auth().oauth2(SECRETARY).contentType("text/plain; charset=UTF-8").body(text).post("/imports")
                .then();
    }

    private static String resource(String name) {
        try (InputStream in = CommitteeNamesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
