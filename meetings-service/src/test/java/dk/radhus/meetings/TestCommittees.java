package dk.radhus.meetings;

import static io.restassured.RestAssured.given;

import java.util.concurrent.ThreadLocalRandom;

import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;

/** Creates committees through the API for tests; codes are random so tests do not depend on each other. */
final class TestCommittees {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private TestCommittees() {
    }

    static String newCode() {
        StringBuilder code = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            code.append(LETTERS.charAt(ThreadLocalRandom.current().nextInt(LETTERS.length())));
        }
        return code.toString();
    }

    static String json(String code, String name) {
        return "{\"code\":\"%s\",\"name\":\"%s\",\"kind\":\"POLITICAL_COMMITTEE\"}".formatted(code, name);
    }

    /** Creates a committee named {@code name} plus its code (names are unique) and returns the code. */
    static String create(String name) {
        String code = newCode();
        given().auth().oauth2(TestTokens.bearer("sekretær", Roles.SECRETARY)).contentType(ContentType.JSON)
                .body(json(code, name + " " + code))
                .post("/committees")
                .then().statusCode(201);
        return code;
    }
}
