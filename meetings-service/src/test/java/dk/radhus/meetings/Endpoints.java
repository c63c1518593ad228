package dk.radhus.meetings;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Calls one endpoint with no token, the wrong role and the right role. */
final class Endpoints {

    private Endpoints() {
    }

    static ValidatableResponse call(String token, String method, String path, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        if (token != null) {
            request = request.auth().oauth2(token);
        }
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, path).then();
    }

    /** Asserts 401 without a token and 403 with {@code wrongRole}, problem+json both times. */
    static void assertGuarded(String method, String path, Object body, String wrongRole) {
        call(null, method, path, body).statusCode(401).contentType("application/problem+json")
                .body("status", equalTo(401));
        call(wrongRole, method, path, body).statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403));
    }
}
