package dk.radhus.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import dk.radhus.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Arranges data through the services' own APIs (as the roles that may write it) and reads the portal's pages. */
final class Api {

    static final String SECRETARY = TestTokens.bearer("kathrine.sekretaer", "secretary");
    static final String FINANCE = TestTokens.bearer("frede.oekonomi", "finance");
    static final String DIRECTOR = TestTokens.bearer("lars.direktion", "director");
    static final String EDITOR = TestTokens.bearer("anne.byc", "strategy-editor");

    private Api() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }

    static String url(String service) {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client." + service + ".url", String.class);
    }

    /** A request to one of the services ("meetings", "budget", "strategy") with a token. */
    static RequestSpecification service(String service, String token) {
        return given().baseUri(url(service)).auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Creates a committee in meetings-service and waits until budget- and strategy-service have it (Kafka). */
    static void committee(String code, String name) {
        service("meetings", SECRETARY).body(Map.of("code", code, "name", name, "kind", "POLITICAL_COMMITTEE"))
                .post("/committees").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                given().baseUri(url("budget")).get("/committees/" + code).statusCode() == 200
                        && given().baseUri(url("strategy")).get("/committees/" + code).statusCode() == 200);
    }

    /** The portal's page as the anonymous public sees it: status 200 and the parsed HTML. */
    static Document page(String path) {
        return Jsoup.parse(given().get(path).then().statusCode(200).extract().asString());
    }

    static String source(String path) {
        return given().get(path).then().extract().asString();
    }

    /** The portal's page for a logged-in user (bearer token). */
    static Document page(String path, String token) {
        return Jsoup.parse(given().auth().oauth2(token).get(path).then().statusCode(200).extract().asString());
    }

    /** Heading levels in document order, e.g. [1, 2, 3, 2]. */
    static List<Integer> headingLevels(Document page) {
        return page.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName().charAt(1) - '0').toList();
    }
}
