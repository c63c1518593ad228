package dk.radhus.e2e.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every hostile request for one write operation: the field mutations of its JSON body, malformed JSON or text, wrong
 * content types, an oversized body, and unknown, malformed or hostile ids and query values. Requests with a body go
 * to real resources ({@code known} path and query values from the fixtures) so that validation, not a missing
 * resource, answers them; an operation without a body (e.g. {@code /submit}) is only ever called on unknown ids, since
 * any call on a real resource would be valid.
 */
final class HostileRequests {

    /** Bodies that carry no value, so that the problem names the body itself: empty, blank, {@code null}. */
    private static final Set<String> NO_BODY = Set.of("", "  \n\t ", "null");
    private static final List<String> WRONG_TYPES = List.of("application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=hostile", "application/octet-stream", "image/png");

    private final WriteOperation operation;
    private final Map<String, String> known;
    private final Set<String> collections;
    private final Random random;
    private final Map<String, String> pathValues = new HashMap<>();
    private final List<HostileRequest> requests = new ArrayList<>();

    private HostileRequests(WriteOperation operation, Map<String, String> known, Set<String> collections,
            Random random) {
        this.operation = operation;
        this.known = known;
        this.collections = collections;
        this.random = random;
        for (WriteOperation.Parameter parameter : operation.pathParameters()) {
            String value = operation.hasBody()
                    ? known.get(operation.segmentBefore(parameter) + "/{" + parameter.name() + "}") : null;
            pathValues.put(parameter.name(), value == null ? unknown(parameter.schema()) : value);
        }
    }

    /** {@code collections} are the first path segments of the service, e.g. {@code persons}. */
    static List<HostileRequest> of(WriteOperation operation, Map<String, String> known, Set<String> collections,
            Random random, byte[] oversized) {
        HostileRequests generator = new HostileRequests(operation, known, collections, random);
        generator.generate(oversized);
        return generator.requests;
    }

    private void generate(byte[] oversized) {
        String path = knownPath() + baseQuery();
        String type = operation.hasBody() ? operation.mediaType() : "application/json";
        if (operation.hasJsonBody()) {
            for (JsonMutations.Mutation mutation : JsonMutations.of(operation.schema(), operation.example(),
                    collections, random)) {
                add(mutation.category(), path, mutation.body(), mutation.field(), mutation.description());
            }
            malformedJson(path);
        } else if (FileBodies.isFile(operation.mediaType())) {
            FileBodies.of(random).forEach(body -> add(Category.FILE_CONTENT, path, body.bytes(), "body",
                    body.description()));
        } else if (operation.hasBody()) {
            TextBodies.of(operation.mediaType(), operation.example().asText(), random)
                    .forEach(body -> add(body.category(), path, body.bytes(), body.field(), body.description()));
        }
        if (operation.hasBody()) {
            List<String> wrong = new ArrayList<>(WRONG_TYPES);
            wrong.add(operation.hasJsonBody() ? "text/plain" : "application/json");
            wrong.forEach(wrongType -> requests.add(new HostileRequest(operation, Category.CONTENT_TYPE, path,
                    wrongType, example(), null, "Content-Type " + wrongType)));
        }
        requests.add(new HostileRequest(operation, Category.OVERSIZED, path, type, oversized, null,
                oversized.length + " bytes"));
        requests.add(new HostileRequest(operation, Category.OVERSIZED, path, type, oversized, null,
                oversized.length + " bytes, chunked", true));
        hostileIds();
        hostileQueryValues();
    }

    private void malformedJson(String path) {
        String example = new String(example(), StandardCharsets.UTF_8);
        List<String> bodies = new ArrayList<>(List.of(example.substring(0, example.length() / 2),
                example.substring(0, example.length() - 1), example + " garbage", example + "}", example + example,
                "", "  \n\t ", "null", "{", "[", "\"text\"", "42", "true", "NaN", "/* comment */ " + example,
                example.replace('"', '\''), "{unquoted: 1}", "[".repeat(5000) + "]".repeat(5000)));
        if (example.startsWith("{\"")) {
            int firstComma = example.indexOf(',');
            if (firstComma > 0) {
                bodies.add(example.substring(0, firstComma + 1) + example.substring(1));
            }
        }
        for (String body : bodies) {
            add(Category.MALFORMED_JSON, path, body.getBytes(StandardCharsets.UTF_8),
                    NO_BODY.contains(body) ? "body" : null, body.length() > 40 ? body.substring(0, 40) + "…" : body);
        }
    }

    private void hostileIds() {
        if (operation.pathParameters().isEmpty()) {
            return;
        }
        Map<String, String> unknown = new HashMap<>();
        operation.pathParameters().forEach(parameter -> unknown.put(parameter.name(), unknown(parameter.schema())));
        add(Category.UNKNOWN_ID, pathWith(unknown) + baseQuery(), exampleOrNull(), null, "every id unknown");
        for (WriteOperation.Parameter parameter : operation.pathParameters()) {
            List<String> malformed = switch (parameter.schema().path("type").asText()) {
                case "integer" -> List.of("-1", "99999999999", "2011.5", "1e3");
                default -> "uuid".equals(parameter.schema().path("format").asText())
                        ? List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000Z")
                        : List.of(unknown(parameter.schema()));
            };
            for (String id : malformed) {
                add(Category.UNKNOWN_ID, pathWith(parameter, id), exampleOrNull(), null, parameter.name() + "=" + id);
            }
            for (String injection : JsonMutations.INJECTIONS) {
                add(Category.INJECTION, pathWith(parameter, encode(injection)), exampleOrNull(), null,
                        parameter.name() + "=" + injection);
            }
        }
    }

    private void hostileQueryValues() {
        for (WriteOperation.Parameter parameter : operation.queryParameters()) {
            JsonNode schema = parameter.schema();
            List<String> values = new ArrayList<>(JsonMutations.INJECTIONS);
            if (schema.has("enum")) {
                values.add("NOPE");
            }
            if ("boolean".equals(schema.path("type").asText())) {
                values.addAll(List.of("ja", "TRUE", "1"));
            }
            for (String value : values) {
                add(Category.INJECTION, knownPath() + query(parameter.name(), encode(value)), exampleOrNull(),
                        parameter.name(), parameter.name() + "=" + value);
            }
        }
    }

    private String knownPath() {
        return pathWith(Map.of());
    }

    private String pathWith(WriteOperation.Parameter target, String value) {
        return pathWith(Map.of(target.name(), value)) + baseQuery();
    }

    private String pathWith(Map<String, String> overrides) {
        String path = operation.path();
        for (WriteOperation.Parameter parameter : operation.pathParameters()) {
            String value = overrides.getOrDefault(parameter.name(), pathValues.get(parameter.name()));
            path = path.replace("{" + parameter.name() + "}", value);
        }
        return path;
    }

    /**
     * The query a valid request would carry: the fixtures' value of a parameter (e.g. {@code ?committee=HOSTIL}), else
     * the first value of an enum parameter (e.g. {@code ?unit=DKK}).
     */
    private String baseQuery() {
        return query(null, null);
    }

    /** The valid query with parameter {@code name} set to {@code value}. */
    private String query(String name, String value) {
        StringBuilder query = new StringBuilder();
        for (WriteOperation.Parameter parameter : operation.queryParameters()) {
            String fixture = known.get("?" + parameter.name());
            String chosen = parameter.name().equals(name) ? value : fixture != null ? fixture
                    : parameter.schema().has("enum") ? parameter.schema().path("enum").path(0).asText() : null;
            if (chosen != null) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(chosen);
            }
        }
        return query.toString();
    }

    private String unknown(JsonNode schema) {
        if ("integer".equals(schema.path("type").asText())) {
            return Long.toString(schema.path("minimum").asLong(1900) + 1);
        }
        if ("uuid".equals(schema.path("format").asText())) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        return "UKENDT" + Integer.toString(random.nextInt(1 << 30), 36).toUpperCase();
    }

    private byte[] example() {
        return operation.hasJsonBody() ? JsonMutations.bytes(operation.example())
                : operation.example().asText().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] exampleOrNull() {
        return operation.hasBody() ? example() : null;
    }

    private void add(Category category, String path, byte[] body, String field, String description) {
        String type = operation.hasBody() ? operation.mediaType() : body == null ? null : "application/json";
        requests.add(new HostileRequest(operation, category, path, type, body, field, description));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
