package dk.radhus.e2e.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * For one operation, reads included: each path and query parameter in turn carrying a control character — NUL, other
 * C0 controls, tab, line breaks, DEL and a C1 control — appended to a value the parameter could otherwise have (the
 * fixtures' value where there is one). Every other parameter keeps a valid value, so the problem must name the one
 * that carries the character. A request with a body sends the operation's example.
 */
final class ControlCharacterRequests {

    /** Percent-encoded, as a client sends them: NUL, SOH, BEL, BS, TAB, LF, CR, ESC, US, DEL, NEL (U+0085). */
    static final List<String> CONTROLS = List.of("%00", "%01", "%07", "%08", "%09", "%0A", "%0D", "%1B", "%1F",
            "%7F", "%C2%85");

    private final WriteOperation operation;
    private final Map<String, String> known;

    private ControlCharacterRequests(WriteOperation operation, Map<String, String> known) {
        this.operation = operation;
        this.known = known;
    }

    static List<HostileRequest> of(WriteOperation operation, Map<String, String> known) {
        return new ControlCharacterRequests(operation, known).generate();
    }

    private List<HostileRequest> generate() {
        List<HostileRequest> requests = new ArrayList<>();
        List<WriteOperation.Parameter> parameters = new ArrayList<>(operation.pathParameters());
        parameters.addAll(operation.queryParameters());
        for (WriteOperation.Parameter target : parameters) {
            for (String control : CONTROLS) {
                String path = path(target, control) + query(target, control);
                requests.add(new HostileRequest(operation, Category.CONTROL_CHARACTER, path,
                        operation.hasBody() ? operation.mediaType() : null, body(), target.name(),
                        target.name() + " + " + control));
            }
        }
        return requests;
    }

    private String path(WriteOperation.Parameter target, String control) {
        String path = operation.path();
        for (WriteOperation.Parameter parameter : operation.pathParameters()) {
            String value = known.getOrDefault(fixtureKey(parameter), valid(parameter));
            path = path.replace("{" + parameter.name() + "}", parameter == target ? value + control : value);
        }
        return path;
    }

    /** The fixtures' key of a path parameter, {@code items/{itemId}}; a parameter inside a segment has none. */
    private String fixtureKey(WriteOperation.Parameter parameter) {
        String[] segments = operation.path().split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter.name() + "}")) {
                return segments[i - 1] + "/" + segments[i];
            }
        }
        return "";
    }

    private String query(WriteOperation.Parameter target, String control) {
        StringBuilder query = new StringBuilder();
        for (WriteOperation.Parameter parameter : operation.queryParameters()) {
            String value = known.getOrDefault("?" + parameter.name(), valid(parameter));
            if (parameter == target || parameter.required()) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                        .append(parameter == target ? value + control : value);
            }
        }
        return query.toString();
    }

    /** A value of the parameter's type: the first of an enum, a UUID, a year, a date, a flag or a word. */
    private static String valid(WriteOperation.Parameter parameter) {
        JsonNode schema = parameter.schema();
        if (schema.has("enum")) {
            return schema.path("enum").path(0).asText();
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> "2031";
            case "boolean" -> "false";
            default -> switch (schema.path("format").asText()) {
                case "uuid" -> new UUID(0, 1).toString();
                case "date" -> "2031-01-01";
                case "date-time" -> "2031-01-01T10:00:00";
                default -> "BEU";
            };
        };
    }

    private byte[] body() {
        if (!operation.hasBody()) {
            return null;
        }
        return operation.hasJsonBody() ? JsonMutations.bytes(operation.example())
                : operation.example().asText().getBytes(StandardCharsets.UTF_8);
    }
}
