package dk.radhus.e2e.hostile;

import java.nio.charset.StandardCharsets;

/**
 * One request of the campaign. {@code body} is null for no body; {@code field} is the request field the problem must
 * name in {@code errors[]}, or null where the mutation targets no single field; a {@code chunked} body is sent without
 * a Content-Length.
 */
record HostileRequest(WriteOperation operation, Category category, String path, String contentType, byte[] body,
        String field, String description, boolean chunked) {

    HostileRequest(WriteOperation operation, Category category, String path, String contentType, byte[] body,
            String field, String description) {
        this(operation, category, path, contentType, body, field, description, false);
    }

    /** What was sent, for a failure message: method, path, content type and the start of the body. */
    String summary() {
        String start = body == null ? "" : new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
        return "%s %s %s [%s, %s] %s".formatted(operation.method(), path, contentType, category, description, start);
    }
}
