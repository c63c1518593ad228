package dk.radhus.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * Field-level mutations of a JSON request body, derived from its schema and applied to its example: for every
 * property (also inside nested objects and the first element of lists) a value the schema rules out. Only values
 * that no valid request can contain are used, so every mutation must be rejected naming its field. That includes a
 * random UUID for a field {@code <name>Id} whose service has the collection {@code /<name>s} (e.g. {@code personId}
 * and {@code /persons}): it names one of the service's own resources, which does not exist.
 */
final class JsonMutations {

    /** A mutated body and the field the problem must name (null for a body that is not JSON or not UTF-8). */
    record Mutation(Category category, String field, String description, byte[] body) {
    }

    static final List<String> INJECTIONS = List.of("'; DROP TABLE committee; --", "<script>alert(1)</script>",
            "1 OR 1=1", "\" onmouseover=\"alert(1)");
    static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    private static final String MARKER = "HOSTILE-BYTES-MARKER";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode example;
    private final Set<String> collections;
    private final Random random;
    private final List<Mutation> mutations = new ArrayList<>();

    private JsonMutations(JsonNode example, Set<String> collections, Random random) {
        this.example = example;
        this.collections = collections;
        this.random = random;
    }

    /** {@code collections} are the first path segments of the service, e.g. {@code persons}. */
    static List<Mutation> of(JsonNode schema, JsonNode example, Set<String> collections, Random random) {
        JsonMutations generator = new JsonMutations(example, collections, random);
        generator.visit(List.of(), schema, example, true);
        return generator.mutations;
    }

    private void visit(List<Object> at, JsonNode schema, JsonNode value, boolean required) {
        String type = schema.path("type").asText();
        if (!at.isEmpty()) {
            mutateValue(at, schema, type, required);
        }
        if ("object".equals(type) && value != null && value.isObject()) {
            add(Category.UNKNOWN_FIELD, with(at, "hostileExtra"), "unknown field",
                    set(with(at, "hostileExtra"), NODES.numberNode(1)));
            List<String> requiredNames = new ArrayList<>();
            schema.path("required").forEach(name -> requiredNames.add(name.asText()));
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> property = it.next();
                visit(with(at, property.getKey()), property.getValue(), value.get(property.getKey()),
                        requiredNames.contains(property.getKey()));
            }
        }
        if ("array".equals(type) && value != null && value.isArray()) {
            add(Category.MISSING_REQUIRED, with(at, 0), "null list element", set(with(at, 0), NODES.nullNode()));
            if (!value.isEmpty()) {
                visit(with(at, 0), schema.path("items"), value.get(0), true);
            }
        }
    }

    private void mutateValue(List<Object> at, JsonNode schema, String type, boolean required) {
        if (required && !(at.get(at.size() - 1) instanceof Integer)) {
            add(Category.MISSING_REQUIRED, at, "left out", remove(at));
            add(Category.MISSING_REQUIRED, at, "null", set(at, NODES.nullNode()));
        }
        if (schema.has("enum")) {
            add(Category.WRONG_TYPE, at, "enum ordinal", set(at, NODES.numberNode(0)));
            add(Category.WRONG_TYPE, at, "object for enum", set(at, NODES.objectNode()));
            INJECTIONS.forEach(text -> add(Category.INJECTION, at, "not a value", set(at, NODES.textNode(text))));
            return;
        }
        switch (type) {
            case "string" -> text(at, schema, required);
            case "integer" -> integer(at, schema);
            case "number" -> number(at, schema);
            case "boolean" -> {
                add(Category.WRONG_TYPE, at, "text for boolean", set(at, NODES.textNode("måske")));
                add(Category.WRONG_TYPE, at, "object for boolean", set(at, NODES.objectNode()));
            }
            case "array" -> {
                add(Category.WRONG_TYPE, at, "object for list", set(at, NODES.objectNode()));
                add(Category.WRONG_TYPE, at, "text for list", set(at, NODES.textNode("x")));
            }
            case "object" -> {
                add(Category.WRONG_TYPE, at, "list for object", set(at, NODES.arrayNode()));
                add(Category.WRONG_TYPE, at, "number for object", set(at, NODES.numberNode(42)));
            }
            default -> {
            }
        }
    }

    private void text(List<Object> at, JsonNode schema, boolean required) {
        add(Category.WRONG_TYPE, at, "object for text", set(at, NODES.objectNode()));
        add(Category.WRONG_TYPE, at, "list for text", set(at, NODES.arrayNode().add("x")));
        add(Category.UNSTORABLE_TEXT, at, "NUL character", set(at, NODES.textNode("a\u0000b")));
        add(Category.UNSTORABLE_TEXT, at, "lone surrogate", set(at, NODES.textNode("a\uD800b")));
        byte[] invalid = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        add(Category.INVALID_UTF8, null, "invalid UTF-8 in " + label(at),
                withRawBytes(set(at, NODES.textNode(MARKER)), invalid));
        String format = schema.path("format").asText();
        if ("uuid".equals(format)) {
            add(Category.INJECTION, at, "not a UUID", set(at, NODES.textNode("not-a-uuid")));
            INJECTIONS.forEach(text -> add(Category.INJECTION, at, "not a UUID", set(at, NODES.textNode(text))));
            if (at.get(at.size() - 1) instanceof String name && name.endsWith("Id")
                    && collections.contains(name.substring(0, name.length() - 2) + "s")) {
                add(Category.UNKNOWN_ID, at, "unknown " + name,
                        set(at, NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString())));
            }
        } else if ("date".equals(format)) {
            for (String date : List.of("2011-02-30", "2011-13-01", "0000-01-01", "+999999999-12-31", "11-05-2011")) {
                add(Category.DATE_RANGE, at, date, set(at, NODES.textNode(date)));
            }
            add(Category.INJECTION, at, "not a date", set(at, NODES.textNode(INJECTIONS.get(0))));
        } else if ("date-time".equals(format)) {
            for (String time : List.of("2011-02-30T17:00:00", "2011-05-11T25:00:00", "0000-01-01T00:00:00",
                    "+999999999-12-31T23:59:59", "2011-05-11 17:00")) {
                add(Category.DATE_RANGE, at, time, set(at, NODES.textNode(time)));
            }
        } else if (schema.has("pattern")) {
            pattern(at, schema.path("pattern").asText(), required);
        }
        if (schema.has("maxLength")) {
            add(Category.OUT_OF_RANGE, at, "one over maxLength",
                    set(at, NODES.textNode("x".repeat(schema.path("maxLength").asInt() + 1))));
        }
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value; {@code \S} is how the OpenAPI document renders
     * {@code @NotBlank}, which only a blank value violates.
     */
    private void pattern(List<Object> at, String regex, boolean required) {
        if ("\\S".equals(regex)) {
            if (required) {
                add(Category.MISSING_REQUIRED, at, "blank", set(at, NODES.textNode("   ")));
            }
            return;
        }
        Pattern pattern = Pattern.compile(regex);
        for (String text : INJECTIONS) {
            if (!pattern.matcher(text).matches()) {
                add(Category.INJECTION, at, "violates " + regex, set(at, NODES.textNode(text)));
            }
        }
    }

    private void integer(List<Object> at, JsonNode schema) {
        numberTypes(at);
        add(Category.NUMBER_EDGE, at, "fraction for integer", set(at, NODES.numberNode(2.5)));
        add(Category.NUMBER_EDGE, at, "1e400", set(at, raw("1e400")));
        add(Category.NUMBER_EDGE, at, "overflow", set(at, raw("int64".equals(schema.path("format").asText())
                ? "9223372036854775808" : "2147483648")));
        bounds(at, schema);
    }

    private void number(List<Object> at, JsonNode schema) {
        numberTypes(at);
        for (String text : List.of("NaN", "Infinity", "-Infinity")) {
            add(Category.NUMBER_EDGE, at, text + " as text", set(at, NODES.textNode(text)));
            add(Category.NUMBER_EDGE, null, text + " literal", set(at, raw(text)));
        }
        add(Category.NUMBER_EDGE, at, "1e400", set(at, raw("1e400")));
        add(Category.NUMBER_EDGE, at, "-1e400", set(at, raw("-1e400")));
        add(Category.NUMBER_EDGE, at, "1e-400", set(at, raw("1e-400")));
        if (schema.has("multipleOf")) {
            String overPrecise = schema.path("multipleOf").decimalValue().movePointLeft(1).toPlainString();
            add(Category.NUMBER_EDGE, at, "over-precise " + overPrecise, set(at, raw("1" + overPrecise.substring(1))));
        }
        bounds(at, schema);
    }

    private void numberTypes(List<Object> at) {
        add(Category.WRONG_TYPE, at, "text for number", set(at, NODES.textNode("fem")));
        add(Category.WRONG_TYPE, at, "boolean for number", set(at, NODES.booleanNode(true)));
        add(Category.WRONG_TYPE, at, "object for number", set(at, NODES.objectNode()));
        add(Category.INJECTION, at, "SQL for number", set(at, NODES.textNode("1; DROP TABLE outbox")));
    }

    private void bounds(List<Object> at, JsonNode schema) {
        if (schema.has("minimum")) {
            long below = schema.path("minimum").asLong() - 1;
            add(Category.OUT_OF_RANGE, at, "below minimum", set(at, NODES.numberNode(below)));
            if (below >= 0) {
                add(Category.OUT_OF_RANGE, at, "negative", set(at, NODES.numberNode(-1)));
            }
        }
        if (schema.has("exclusiveMinimum")) {
            add(Category.OUT_OF_RANGE, at, "at exclusive minimum",
                    set(at, NODES.numberNode(schema.path("exclusiveMinimum").asLong())));
        }
        if (schema.has("maximum")) {
            add(Category.OUT_OF_RANGE, at, "above maximum",
                    set(at, NODES.numberNode(schema.path("maximum").asLong() + 1)));
        }
    }

    private void add(Category category, List<Object> at, String description, JsonNode body) {
        add(category, at, description, bytes(body));
    }

    private void add(Category category, List<Object> at, String description, byte[] body) {
        mutations.add(new Mutation(category, at == null ? null : label(at), description, body));
    }

    private JsonNode set(List<Object> at, JsonNode value) {
        JsonNode copy = example.deepCopy();
        JsonNode parent = copy.at(pointer(at.subList(0, at.size() - 1)));
        Object last = at.get(at.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode list = (ArrayNode) parent;
            if (index < list.size()) {
                list.set(index, value);
            } else {
                list.add(value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    private JsonNode remove(List<Object> at) {
        JsonNode copy = example.deepCopy();
        ((ObjectNode) copy.at(pointer(at.subList(0, at.size() - 1)))).remove((String) at.get(at.size() - 1));
        return copy;
    }

    private static JsonNode raw(String text) {
        return NODES.rawValueNode(new RawValue(text));
    }

    private static List<Object> with(List<Object> at, Object token) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(token);
        return longer;
    }

    private static String pointer(List<Object> at) {
        StringBuilder pointer = new StringBuilder();
        at.forEach(token -> pointer.append('/').append(token));
        return pointer.toString();
    }

    /** The field as the problem names it: {@code decision.meetingDate}, {@code sections[0].body}, {@code [0].name}. */
    static String label(List<Object> at) {
        StringBuilder label = new StringBuilder();
        for (Object token : at) {
            if (token instanceof Integer index) {
                label.append('[').append(index).append(']');
            } else {
                label.append(label.isEmpty() ? "" : ".").append(token);
            }
        }
        return label.toString();
    }

    static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withRawBytes(JsonNode body, byte[] raw) {
        byte[] json = bytes(body);
        byte[] marker = MARKER.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i <= json.length - marker.length; i++) {
            if (Arrays.equals(json, i, i + marker.length, marker, 0, marker.length)) {
                ByteArrayOutputStream spliced = new ByteArrayOutputStream();
                spliced.write(json, 0, i);
                spliced.writeBytes(raw);
                spliced.write(json, i + marker.length, json.length - i - marker.length);
                return spliced.toByteArray();
            }
        }
        throw new IllegalStateException("marker not found");
    }
}
