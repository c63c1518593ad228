package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A token signed by the realm but not issued for the services (no {@code radhus-api} audience) is refused. */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class TokenAudienceTest {

    @Test
    void shouldRefuseATokenWithoutAudienceAndStoreNothing() {
        String code = TestCommittees.newCode();
        given().auth().oauth2(TestTokens.bearerFor(null, "sara", Roles.SECRETARY)).contentType(ContentType.JSON)
                .body(TestCommittees.json(code, "Udvalg uden publikum"))
                .when().post("/committees")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        given().get("/committees/" + code).then().statusCode(404);
    }

    @Test
    void shouldRefuseATokenForAnotherAudience() {
        given().auth().oauth2(TestTokens.bearerFor("account", "sara", Roles.SECRETARY)).contentType(ContentType.JSON)
                .body(TestCommittees.json(TestCommittees.newCode(), "Udvalg for en anden modtager"))
                .when().post("/committees")
                .then().statusCode(401);
    }

    @Test
    void shouldAcceptTheSameTokenForTheServicesAudience() {
        given().auth().oauth2(TestTokens.bearerFor(TestTokens.AUDIENCE, "sara", Roles.SECRETARY))
                .contentType(ContentType.JSON)
                .body(TestCommittees.json(TestCommittees.newCode(), "Udvalg med publikum"))
                .when().post("/committees")
                .then().statusCode(201);
    }
}
