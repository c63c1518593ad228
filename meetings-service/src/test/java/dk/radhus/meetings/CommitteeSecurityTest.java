package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class CommitteeSecurityTest {

    @Test
    void shouldRejectCreateWithoutTokenAndStoreNothing() {
        String code = TestCommittees.newCode();
        given().contentType(ContentType.JSON).body(TestCommittees.json(code, "Udvalg uden login"))
                .when().post("/committees")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("type", endsWith("/unauthorized"));
        given().get("/committees/" + code).then().statusCode(404);
    }

    @Test
    void shouldRejectTokenWithForeignSignature() {
        String forged = TestTokens.bearer("mallory", Roles.SECRETARY);
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(tampered).contentType(ContentType.JSON)
                .body(TestCommittees.json(TestCommittees.newCode(), "Forfalsket"))
                .when().post("/committees")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldForbidCreateForFinanceRoleAndStoreNothing() {
        String code = TestCommittees.newCode();
        given().auth().oauth2(TestTokens.bearer("fie", Roles.FINANCE)).contentType(ContentType.JSON)
                .body(TestCommittees.json(code, "Udvalg oprettet af økonomi"))
                .when().post("/committees")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("title", equalTo("Adgang nægtet"));
        given().get("/committees/" + code).then().statusCode(404);
    }

    @Test
    void shouldCreateCommitteeAsSecretary() {
        String code = TestCommittees.newCode();
        given().auth().oauth2(TestTokens.bearer("sekretær", Roles.SECRETARY)).contentType(ContentType.JSON)
                .body(TestCommittees.json(code, "Borger- og Erhvervsudvalget " + code))
                .when().post("/committees")
                .then().statusCode(201)
                .header("Location", endsWith("/committees/" + code))
                .body("code", equalTo(code))
                .body("kind", equalTo("POLITICAL_COMMITTEE"))
                .body("active", equalTo(true));
        given().get("/committees/" + code).then().statusCode(200)
                .body("name", equalTo("Borger- og Erhvervsudvalget " + code));
    }

    @Test
    void shouldCreateCommitteeAsAdmin() {
        String code = TestCommittees.newCode();
        given().auth().oauth2(TestTokens.bearer("admin", Roles.ADMIN)).contentType(ContentType.JSON)
                .body(TestCommittees.json(code, "Økonomiudvalget " + code))
                .when().post("/committees")
                .then().statusCode(201);
    }

    @Test
    void shouldForbidRenameForDirectorAndKeepTheName() {
        String code = TestCommittees.create("Teknik- og Miljøudvalget");
        given().auth().oauth2(TestTokens.bearer("direktør", Roles.DIRECTOR)).contentType(ContentType.JSON)
                .body("{\"name\":\"Omdøbt\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}")
                .when().put("/committees/" + code)
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/committees/" + code).then().body("name", startsWith("Teknik- og Miljøudvalget"));
    }

    @Test
    void shouldLetAnonymousCallersReadCommittees() {
        String code = TestCommittees.create("Direktionen");
        given().get("/committees").then().statusCode(200).body("code", org.hamcrest.Matchers.hasItem(code));
    }
}
