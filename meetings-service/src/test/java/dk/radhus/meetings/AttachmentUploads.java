package dk.radhus.meetings;

import static io.restassured.RestAssured.given;

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
        return given().auth().oauth2(TestData.SECRETARY).contentType(mediaType).queryParam("fileName", fileName)
                .body(content).put(path(meeting, item, position)).then();
    }

    static ValidatableResponse download(String token, String meeting, String item, int position) {
        return (token == null ? given() : given().auth().oauth2(token)).get(path(meeting, item, position)).then();
    }
}
