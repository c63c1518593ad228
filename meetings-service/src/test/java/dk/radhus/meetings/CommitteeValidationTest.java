package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class CommitteeValidationTest {

    private static RequestSpecification asSecretary() {
        return given().auth().oauth2(TestTokens.bearer("sekretær", Roles.SECRETARY));
    }

    @Test
    void shouldNameEveryInvalidFieldAndStoreNothing() {
        asSecretary().contentType(ContentType.JSON)
                .body("{\"code\":\"b e\",\"name\":\"\",\"kind\":null}")
                .when().post("/committees")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("code", "name", "kind"))
                .body("errors.message", org.hamcrest.Matchers.hasItem("skal udfyldes"));
        given().get("/committees/b e").then().statusCode(404);
    }

    @Test
    void shouldRejectMalformedJsonAsProblem() {
        asSecretary().contentType(ContentType.JSON).body("{\"code\": \"ABC\", ")
                .when().post("/committees")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void shouldRejectUnknownFieldNamingIt() {
        String code = TestCommittees.newCode();
        asSecretary().contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"Udvalg\",\"kind\":\"POLITICAL_COMMITTEE\",\"colour\":\"red\"}"
                        .formatted(code))
                .when().post("/committees")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", equalTo("feltet er ukendt"));
        given().get("/committees/" + code).then().statusCode(404);
    }

    @Test
    void shouldRejectUnknownKindListingTheAllowedValues() {
        asSecretary().contentType(ContentType.JSON)
                .body("{\"code\":\"%s\",\"name\":\"Senatet\",\"kind\":\"SENATE\"}".formatted(TestCommittees.newCode()))
                .when().post("/committees")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("POLITICAL_COMMITTEE"));
    }

    @Test
    void shouldRejectWrongContentTypeWith415Problem() {
        asSecretary().contentType(ContentType.TEXT).body("BEU")
                .when().post("/committees")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415));
    }

    @Test
    void shouldAnswerUnknownCommitteeWith404Problem() {
        given().get("/committees/FINDESIKKE")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Udvalget FINDESIKKE findes ikke."));
    }

    @Test
    void shouldAnswerUnsupportedMethodWith405Problem() {
        asSecretary().when().delete("/committees/BEU")
                .then().statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRejectDuplicateCodeWithConflict() {
        String code = TestCommittees.create("Kultur- og Fritidsudvalget");
        asSecretary().contentType(ContentType.JSON).body(TestCommittees.json(code, "Et andet navn " + code))
                .when().post("/committees")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(code));
    }

    @Test
    void shouldRenameCommittee() {
        String code = TestCommittees.create("Erhvervsudvalget");
        asSecretary().contentType(ContentType.JSON)
                .body("{\"name\":\"Vækst- og Erhvervsudvalget %s\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}"
                        .formatted(code))
                .when().put("/committees/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Vækst- og Erhvervsudvalget " + code));
        given().get("/committees/" + code).then().body("name", equalTo("Vækst- og Erhvervsudvalget " + code));
    }

    @Test
    void shouldRejectRenameOfUnknownCommitteeWith404() {
        asSecretary().contentType(ContentType.JSON)
                .body("{\"name\":\"Intet\",\"kind\":\"POLITICAL_COMMITTEE\",\"active\":true}")
                .when().put("/committees/FINDESIKKE")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
