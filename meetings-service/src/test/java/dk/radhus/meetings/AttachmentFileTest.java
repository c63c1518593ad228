package dk.radhus.meetings;

import static dk.radhus.meetings.AttachmentUploads.DOCX;
import static dk.radhus.meetings.AttachmentUploads.PDF;
import static dk.radhus.meetings.AttachmentUploads.download;
import static dk.radhus.meetings.AttachmentUploads.upload;
import static dk.radhus.meetings.TestData.DIRECTOR;
import static dk.radhus.meetings.TestData.FINANCE;
import static dk.radhus.meetings.TestData.SECRETARY;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import dk.radhus.meetings.importing.DocumentFixtures;
import dk.radhus.testing.RadhusTestResources;
import dk.radhus.testing.TestInfrastructure;

/**
 * Attachment files: uploaded by the secretary, checked against their declared type, downloaded byte for byte by
 * whoever may see the item's content, and kept or released with their attachment.
 */
@QuarkusTest
@QuarkusTestResource(value = RadhusTestResources.class, initArgs = @ResourceArg(name = "database", value = "meetings"))
class AttachmentFileTest {

    private static final String PNG_TYPE = "image/png";

    @TestHTTPResource("/")
    URI base;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Test
    void shouldGiveBackThePdfAndTheWordFileByteForByteToWhoMaySeeThem() throws Exception {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, withAttachments(TestData.item(1, "Lokalplan", "OPEN"), 2));
        byte[] pdf = DocumentFixtures.pdf("Lokalplan for bydelen", "Bilag 1");
        byte[] docx = DocumentFixtures.docx("Høringssvar fra grundejerforeningen");

        upload(meeting, item, 0, PDF, pdf, "Lokalplan å-ø.pdf").statusCode(200)
                .body("attachments[0].fileName", equalTo("Lokalplan å-ø.pdf"))
                .body("attachments[0].mediaType", equalTo(PDF)).body("attachments[0].sizeBytes", equalTo(pdf.length))
                .body("attachments[0].sha256", equalTo(sha256(pdf))).body("attachments[0].textStatus", equalTo("TEXT"))
                .body("attachments[0].downloadUrl", equalTo(AttachmentUploads.path(meeting, item, 0)))
                .body("attachments[1].downloadUrl", nullValue());
        upload(meeting, item, 1, DOCX, docx, "C:\\Dokumenter\\hoeringssvar.docx").statusCode(200)
                .body("attachments[1].fileName", equalTo("hoeringssvar.docx"));

        ExtractableResponse<Response> staff = download(DIRECTOR, meeting, item, 0).statusCode(200).extract();
        assertThat(staff.asByteArray()).isEqualTo(pdf);
        assertThat(staff.contentType()).isEqualTo(PDF);
        assertThat(staff.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
        assertThat(staff.header("ETag")).isEqualTo('"' + sha256(pdf) + '"');
        assertThat(staff.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(staff.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Lokalplan _-_.pdf\"; filename*=UTF-8''Lokalplan%20%C3%A5-%C3%B8.pdf");
        assertThat(download(SECRETARY, meeting, item, 1).statusCode(200).extract().asByteArray()).isEqualTo(docx);

        download(null, meeting, item, 0).statusCode(404).body("detail", equalTo("Filen findes ikke."));
        download(FINANCE, meeting, item, 0).statusCode(404);
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        assertThat(download(null, meeting, item, 0).statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        given().header("If-None-Match", '"' + sha256(pdf) + '"').get(AttachmentUploads.path(meeting, item, 0))
                .then().statusCode(304);
        String download = AttachmentUploads.path(meeting, item, 0);
        given().get("/oparl/v1.1/file/" + item + "/0").then().statusCode(200)
                .body("accessUrl", endsWith(download)).body("downloadUrl", endsWith(download))
                .body("mimeType", equalTo(PDF)).body("size", equalTo(pdf.length))
                .body("sha512Checksum", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512")
                        .digest(pdf))));
        download(null, meeting, item, 2).statusCode(404);
        download(null, meeting, item, -1).statusCode(404);
    }

    @Test
    void shouldNotLetAnyoneButStaffDownloadAClosedItemsFile() {
        String meeting = TestData.meeting(TestData.committee());
        String closed = TestData.addItem(meeting, TestData.item(1, "Personalesag", "CLOSED"));
        upload(meeting, closed, 0, PNG_TYPE, PNG, "billede.png").statusCode(200)
                .body("attachments[0].textStatus", equalTo("NONE"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");
        for (String token : new String[] {null, FINANCE}) {
            ExtractableResponse<Response> response = download(token, meeting, closed, 0).statusCode(404).extract();
            assertThat(response.asString()).isEqualTo(download(token, meeting, closed, 7).extract().asString());
        }
        assertThat(download(DIRECTOR, meeting, closed, 0).statusCode(200).extract().asByteArray()).isEqualTo(PNG);
        assertThat(download(DIRECTOR, meeting, closed, 0).extract().header("Cache-Control")).contains("private");
    }

    @Test
    void shouldRefuseContentThatIsNotWhatItsTypeSaysAndStoreNothing() {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Budget", "OPEN"));
        upload(meeting, item, 0, PDF, PNG, "budget.pdf").statusCode(415).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].message", equalTo("indholdet er image/png, ikke application/pdf som angivet i "
                        + "Content-Type"));
        upload(meeting, item, 0, DOCX, DocumentFixtures.pdf("x", "y"), "budget.docx").statusCode(415)
                .body("errors[0].field", equalTo("body"));
        upload(meeting, item, 0, PNG_TYPE, "ikke et billede".getBytes(), "budget.png").statusCode(415)
                .body("errors[0].field", equalTo("body"));
        upload(meeting, item, 0, "text/html", "<p>x</p>".getBytes(), "budget.html").statusCode(415)
                .body("errors[0].field", equalTo("Content-Type"));
        upload(meeting, item, 0, PDF, DocumentFixtures.pdf("x", "y"), " ").statusCode(400)
                .body("errors[0].field", equalTo("Content-Disposition"));
        given().auth().oauth2(SECRETARY).contentType(PDF).header("Content-Disposition",
                "attachment; filename*=ISO-8859-1''%E5.pdf").body(DocumentFixtures.pdf("x", "y"))
                .put(AttachmentUploads.path(meeting, item, 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("Content-Disposition"));
        upload(meeting, item, 3, PDF, DocumentFixtures.pdf("x", "y"), "a.pdf").statusCode(404);
        given().auth().oauth2(DIRECTOR).contentType(PDF).body(DocumentFixtures.pdf("x", "y"))
                .put(AttachmentUploads.path(meeting, item, 0)).then().statusCode(403);
        given().contentType(PDF).body(DocumentFixtures.pdf("x", "y"))
                .put(AttachmentUploads.path(meeting, item, 0)).then().statusCode(401);
        download(SECRETARY, meeting, item, 0).statusCode(404);
        String upload = "paths.'/meetings/{meetingId}/items/{itemId}/attachments/{position}/file'.put.requestBody";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(upload + ".content.keySet()", contains(PDF))
                .body(upload + ".content.'application/pdf'.examples.pdf.value", startsWith("%PDF-"));
        given().auth().oauth2(SECRETARY).get("/meetings/" + meeting + "/items/" + item).then()
                .body("attachments[0].fileName", nullValue()).body("attachments[0].downloadUrl", nullValue());
    }

    @Test
    void shouldFindAnOpenItemByAWordOnlyItsFileHoldsButNeverAClosedOne() {
        String word = "Filord" + TestData.uniqueCode().toLowerCase();
        String docxWord = "Wordord" + TestData.uniqueCode().toLowerCase();
        String meeting = TestData.meeting(TestData.committee());
        String open = TestData.addItem(meeting, TestData.item(1, "Skoleudbygning", "OPEN"));
        String closed = TestData.addItem(meeting, TestData.item(2, "Skoleudbygning", "CLOSED"));
        upload(meeting, open, 0, PDF, DocumentFixtures.pdf("Udbuddet nævner " + word + " og andet", "Bilag"),
                "udbud.pdf").statusCode(200).body("attachments[0].textStatus", equalTo("TEXT"));
        upload(meeting, closed, 0, DOCX, DocumentFixtures.docx("Kun i " + word + " og " + docxWord),
                "fortroligt.docx").statusCode(200).body("attachments[0].textStatus", equalTo("TEXT"));
        TestData.transition(meeting, "AGENDA_PUBLISHED");

        given().get("/search?q=" + word).then().statusCode(200).body("itemId", equalTo(List.of(open)))
                .body("[0].highlight", containsString("<mark>" + word + "</mark>"));
        given().get("/search?q=" + docxWord).then().statusCode(200).body("size()", equalTo(0));
        given().get("/search/results?q=" + word).then().statusCode(200).body("total", equalTo(1));
        given().auth().oauth2(DIRECTOR).get("/search?q=" + word).then().statusCode(200)
                .body("itemId", containsInAnyOrder(open, closed));
    }

    @Test
    void shouldRefuseAFileOverTheLimitWith413() throws Exception {
        String meeting = TestData.meeting(TestData.committee());
        String item = TestData.addItem(meeting, TestData.item(1, "Budget", "OPEN"));
        long tooLarge = 25L * 1024 * 1024 + 1;
        // The declared length is refused before the body is read, so only its first bytes are sent.
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("PUT " + AttachmentUploads.path(meeting, item, 0) + " HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + "\r\nAuthorization: Bearer " + SECRETARY + "\r\n"
                    + "Content-Type: " + PDF + "\r\nContent-Length: " + tooLarge + "\r\n\r\n%PDF-")
                    .getBytes(StandardCharsets.US_ASCII));
            assertThat(responseOf(socket)).startsWith("HTTP/1.1 413")
                    .contains("application/problem+json", "\"status\":413");
        }
        download(SECRETARY, meeting, item, 0).statusCode(404);
    }

    @Test
    void shouldKeepTheFileWhileItsAttachmentKeepsItsTitleAndRecordTheUpload() throws SQLException {
        String meeting = TestData.meeting(TestData.committee());
        Map<String, Object> content = TestData.item(1, "Trafikplan", "OPEN");
        String item = TestData.addItem(meeting, content);
        byte[] pdf = DocumentFixtures.pdf("Trafikplan", "Bilag");
        upload(meeting, item, 0, PDF, DocumentFixtures.pdf("Første udgave", "Bilag"), "trafikplan.pdf")
                .statusCode(200);
        upload(meeting, item, 0, PDF, pdf, "trafikplan.pdf").statusCode(200);
        assertThat(storedFiles(item)).as("the replaced file released").isEqualTo(1);
        given().auth().oauth2(DIRECTOR).queryParam("objectId", item).get("/audit").then().statusCode(200)
                .body("entries.action", hasItem("item.attachment-file"));

        Map<String, Object> retitled = new HashMap<>(content);
        retitled.put("title", "Trafikplan 2031");
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(retitled)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(200)
                .body("attachments[0].fileName", equalTo("trafikplan.pdf"));
        assertThat(download(SECRETARY, meeting, item, 0).statusCode(200).extract().asByteArray()).isEqualTo(pdf);
        assertThat(storedFiles(item)).isEqualTo(1);

        retitled.put("attachments", List.of(Map.of("title", "Et andet bilag")));
        given().auth().oauth2(SECRETARY).contentType(ContentType.JSON).body(retitled)
                .put("/meetings/" + meeting + "/items/" + item).then().statusCode(200)
                .body("attachments[0].fileName", nullValue());
        download(SECRETARY, meeting, item, 0).statusCode(404);
        assertThat(storedFiles(item)).as("the file of a replaced attachment released").isZero();

        TestData.transition(meeting, "AGENDA_PUBLISHED");
        given().auth().oauth2(SECRETARY).contentType(PDF).body(pdf).put(AttachmentUploads.path(meeting, item, 0))
                .then().statusCode(200).body("attachments[0].fileName", equalTo("Et andet bilag.pdf"))
                .body("amendments.reason", hasItem("Filen til bilaget \"Et andet bilag\" er tilføjet: "
                        + "Et andet bilag.pdf"))
                .body("amendments.changes", hasItem("attachments[0].file"));
        TestData.transition(meeting, "HELD");
        TestData.transition(meeting, "MINUTES_APPROVED");
        upload(meeting, item, 0, PDF, pdf, "trafikplan.pdf").statusCode(409);
    }

    private static Map<String, Object> withAttachments(Map<String, Object> item, int count) {
        Map<String, Object> copy = new HashMap<>(item);
        copy.put("attachments", IntStream.range(0, count)
                .mapToObj(i -> Map.of("title", "Bilag " + (i + 1))).toList());
        return copy;
    }

    /** The answer's head and its JSON body, read up to the body's end (the service does not wait for the rest). */
    private static String responseOf(Socket socket) throws IOException {
        StringBuilder response = new StringBuilder();
        byte[] buffer = new byte[4096];
        InputStream in = socket.getInputStream();
        while (!(response.indexOf("\r\n\r\n") > 0 && response.toString().endsWith("}"))) {
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
        return response.toString();
    }

    /** How many of the files ever uploaded to the item are still stored (with their chunks). */
    private static long storedFiles(String item) throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestInfrastructure.postgres().jdbcUrl("meetings"),
                TestInfrastructure.postgres().username(), TestInfrastructure.postgres().password());
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(DISTINCT c.file_id) FROM attachment_file_chunk c WHERE c.file_id IN (
                            SELECT (after ->> 'fileId')::uuid FROM audit_log
                            WHERE object_id = ? AND action = 'item.attachment-file')""")) {
            query.setString(1, item);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
