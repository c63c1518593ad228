package dk.radhus.meetings;

import static io.restassured.RestAssured.given;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.restassured.response.ValidatableResponse;

/** Uploads and downloads of attachment files in tests. */
final class AttachmentUploads {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private AttachmentUploads() {
    }

    static String path(String meeting, String item, int position) {
        return "/meetings/" + meeting + "/items/" + item + "/attachments/" + position + "/file";
    }

    static ValidatableResponse upload(String meeting, String item, int position, String mediaType, byte[] content,
            String fileName) {
        return given().auth().oauth2(TestData.SECRETARY).contentType(mediaType)
                .header("Content-Disposition", disposition(fileName)).body(content).put(path(meeting, item, position))
                .then();
    }

    /** The file name as an upload gives it: {@code attachment; filename*=UTF-8''…} (RFC 6266, RFC 8187). */
    static String disposition(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    static ValidatableResponse download(String token, String meeting, String item, int position) {
        return (token == null ? given() : given().auth().oauth2(token)).get(path(meeting, item, position)).then();
    }
}
