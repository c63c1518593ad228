package dk.radhus.portal;

import static dk.radhus.portal.Api.FINANCE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import dk.radhus.portal.web.PortalUser;
import dk.radhus.testing.TestTokens;

/**
 * Requests the portal refuses with a Danish page, never a 5xx: a control character in a page's query or path
 * parameter (400), and an upload larger than budget-service takes or than the portal's own limit (413).
 */
@QuarkusTest
@WithTestResource(Backends.class)
class RefusedRequestsTest {

    /** budget-service's {@code quarkus.http.limits.max-body-size} as {@link Backends} starts it: below the portal's. */
    static final String SERVICE_LIMIT_SETTING = "10M";
    private static final int SERVICE_LIMIT = 10 * 1024 * 1024;

    @Test
    void shouldRefuseAControlCharacterInAQueryOrPathParameterWithTheDanishPage() {
        for (String control : new String[] {"%00", "%01", "%0A", "%1F", "%7F"}) {
            for (String path : new String[] {"/soeg?q=budget" + control, "/soeg?q=budget&udvalg=BEU" + control,
                    "/soeg?q=budget&sagsnr=12" + control, "/kalender?udvalg=BEU" + control, "/udvalg/BEU" + control}) {
                String page = given().urlEncodingEnabled(false).get(path).then().statusCode(400)
                        .contentType("text/html;charset=UTF-8").extract().asString();
                assertThat(page).as(path).contains("<h1>Forespørgslen kunne ikke gennemføres</h1>", "styretegn")
                        .doesNotContain("Exception", "at dk.radhus");
            }
        }
        given().urlEncodingEnabled(false).get("/soeg?q=budget%20%C3%A5ben").then().statusCode(200);
    }

    /**
     * Every query and path parameter of every page, read from the portal's resource classes so that a new page is
     * covered without changing the test, with a staff user who may open every page.
     */
    @Test
    void shouldRefuseAControlCharacterInEveryParameterOfEveryPage() throws IOException {
        String staff = TestTokens.bearer("hostile.staff", PortalUser.DIRECTOR, PortalUser.FINANCE);
        List<String> addresses = PageParameters.addresses();
        assertThat(addresses).hasSizeGreaterThanOrEqualTo(10);
        for (String address : addresses) {
            for (String control : new String[] {"%00", "%09", "%0D", "%1B", "%7F", "%C2%85"}) {
                String path = address.replace("\u0000", control);
                var response = given().urlEncodingEnabled(false).auth().oauth2(staff).redirects().follow(false)
                        .get(path).then().extract();
                assertThat(response.statusCode()).as(path).isEqualTo(400);
                assertThat(response.asString()).as(path)
                        .contains("<h1>Forespørgslen kunne ikke gennemføres</h1>", "styretegn");
            }
        }
    }

    @Test
    void shouldAnswerAnUploadLargerThanBudgetServiceTakesWith413AndTheDanishPage() {
        assertTooLargePage(upload(SERVICE_LIMIT + 1024));
    }

    /** Posted as a browser posts a form: with its length declared (RestAssured would send it chunked). */
    @Test
    void shouldAnswerAnUploadLargerThanThePortalTakesWith413AndTheDanishPage() throws Exception {
        long portalLimit = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        String boundary = "graense" + UUID.randomUUID();
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"opfoelgning\"\r\n\r\n"
                + UUID.randomUUID() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"enhed\"\r\n\r\nDKK\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"konto.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[Math.toIntExact(start.length + portalLimit + end.length)];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, body.length - end.length, end.length);

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/okonomi/upload"))
                        .header("Authorization", "Bearer " + FINANCE)
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<h1>Filen er for stor</h1>").doesNotContain("Exception");
    }

    /** Asserted outside RestAssured, which would log the whole upload on a failure. */
    private static void assertTooLargePage(io.restassured.response.Response response) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.contentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.asString()).contains("<h1>Filen er for stor</h1>").doesNotContain("Exception");
    }

    private static io.restassured.response.Response upload(int bytes) {
        byte[] csv = new byte[bytes];
        Arrays.fill(csv, (byte) 'a');
        return given().auth().oauth2(FINANCE).redirects().follow(false)
                .multiPart("opfoelgning", UUID.randomUUID().toString()).multiPart("enhed", "DKK")
                .multiPart("fil", "konto.csv", csv, "text/csv").post("/okonomi/upload");
    }
}
