package dk.radhus.portal;

import static dk.radhus.portal.Api.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * An attachment with a file is a link on the public meeting page, and the portal passes the file on from
 * meetings-service; a closed item's file is "Siden findes ikke" like its other content.
 */
@QuarkusTest
@WithTestResource(Backends.class)
class AttachmentLinkTest {

    private static final byte[] FILE = "%PDF-1.4\nbilag til lokalplanen\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void shouldLinkAnOpenItemsFileAndPassItOnButNeverAClosedItemsFile() {
        String code = Api.unique("BL");
        Api.service("meetings", SECRETARY).body(Map.of("code", code, "name", "Planudvalget " + code,
                "kind", "POLITICAL_COMMITTEE")).post("/committees").then().statusCode(201);
        String meeting = Api.service("meetings", SECRETARY).body(Map.of("committeeCode", code,
                "startsAt", "2031-06-12T17:00:00", "location", "B101")).post("/meetings").then().statusCode(201)
                .extract().path("id");
        String open = item(meeting, 1, "OPEN");
        String closed = item(meeting, 2, "CLOSED");
        upload(meeting, open);
        upload(meeting, closed);
        Api.service("meetings", SECRETARY).body(Map.of("to", "AGENDA_PUBLISHED"))
                .post("/meetings/" + meeting + "/transitions").then().statusCode(200);

        Document page = Api.page("/moeder/" + meeting);
        String link = "/moeder/" + meeting + "/punkter/" + open + "/bilag/0";
        assertThat(page.select("ul.bilag a").eachAttr("href")).containsExactly(link);
        assertThat(page.select("ul.bilag a").text()).isEqualTo("Lokalplan");

        ExtractableResponse<Response> file = given().get(link).then().statusCode(200).extract();
        assertThat(file.asByteArray()).isEqualTo(FILE);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.header("Content-Disposition")).isEqualTo(
                "attachment; filename=\"lokalplan.pdf\"; filename*=UTF-8''lokalplan.pdf");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");

        given().get("/moeder/" + meeting + "/punkter/" + closed + "/bilag/0").then().statusCode(404)
                .contentType("text/html;charset=UTF-8");
    }

    private static String item(String meeting, int number, String access) {
        return Api.service("meetings", SECRETARY).body(Map.of("number", number, "title", "Punkt " + number,
                "kind", "DECISION", "access", access, "attachments", List.of(Map.of("title", "Lokalplan"))))
                .post("/meetings/" + meeting + "/items").then().statusCode(201).extract().path("id");
    }

    private static void upload(String meeting, String item) {
        given().baseUri(Api.url("meetings")).auth().oauth2(SECRETARY).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename*=UTF-8''lokalplan.pdf").body(FILE)
                .put("/meetings/" + meeting + "/items/" + item + "/attachments/0/file").then().statusCode(200);
    }
}
