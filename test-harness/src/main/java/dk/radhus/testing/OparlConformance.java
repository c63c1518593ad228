package dk.radhus.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks an OParl 1.1 API from its System and checks every object it reaches against the specification's schemas
 * (copied to the test harness's {@code src/main/resources/oparl/schema}, so that meetings-service's tests and the
 * local stack's test of the demo data use the same walker): required fields, the JSON type, pattern and format of every
 * field, no field the schema does not name, and every link — an object reference must answer with an object of the
 * referenced type whose id is the link, an external list must be a list page (data, pagination, links, with
 * {@code links.next} on every page but the last) of objects of its type. Embedded objects are checked in place and
 * fetched by their id too (up to a number per type, if one is given). The fetcher returns the JSON of a 200 answer
 * and fails otherwise.
 */
public final class OparlConformance {

    private static final String SCHEMA = "https://schema.oparl.org/1.1/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, JsonNode> fetch;
    private final int fetchesPerType;
    private final Map<String, Integer> fetchedByType = new HashMap<>();
    private final Map<String, JsonNode> schemas = new HashMap<>();
    private final Deque<Link> links = new ArrayDeque<>();
    private final Set<String> visited = new HashSet<>();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, Integer> objectsByType = new TreeMap<>();

    private record Link(String url, String schema, boolean list, String from) {
    }

    public OparlConformance(Function<String, JsonNode> fetch) {
        this(fetch, Integer.MAX_VALUE);
    }

    /**
     * A walker that fetches at most {@code fetchesPerType} objects of each type by their URL; every list page is still
     * walked, so every object is checked against its schema as a list entry or embedded object.
     */
    public OparlConformance(Function<String, JsonNode> fetch, int fetchesPerType) {
        this.fetch = fetch;
        this.fetchesPerType = fetchesPerType;
    }

    /** Walks everything reachable from {@code systemUrl}; returns the violations found. */
    public List<String> walk(String systemUrl) {
        links.add(new Link(systemUrl, "System", false, "start"));
        while (!links.isEmpty()) {
            Link link = links.poll();
            if (!visited.add(link.url() + (link.list() ? " list" : ""))) {
                continue;
            }
            if (!link.list() && !link.from().equals("start")
                    && fetchedByType.merge(link.schema(), 1, Integer::sum) > fetchesPerType) {
                continue;
            }
            JsonNode answer;
            try {
                answer = fetch.apply(link.url());
            } catch (AssertionError | RuntimeException e) {
                violations.add(link.from() + " → " + link.url() + ": " + e.getMessage());
                continue;
            }
            if (link.list()) {
                checkListPage(link, answer);
            } else {
                checkFetched(link, answer);
            }
        }
        return violations;
    }

    /** How many objects of each type the walk checked (embedded and list entries included). */
    public Map<String, Integer> objectsByType() {
        return objectsByType;
    }

    /** Checks one object against the schema of {@code type} (e.g. "Meeting"); returns the violations. */
    public List<String> check(JsonNode object, String type) {
        checkObject(object, type, type);
        return violations;
    }

    private void checkFetched(Link link, JsonNode object) {
        if (!link.url().equals(object.path("id").asText())) {
            violations.add(link.url() + ": id is " + object.path("id"));
        }
        checkObject(object, link.schema(), link.url());
    }

    private void checkListPage(Link link, JsonNode page) {
        String where = "list " + link.url();
        if (!page.path("data").isArray() || !page.path("pagination").isObject() || !page.path("links").isObject()) {
            violations.add(where + ": needs data (array), pagination and links (objects)");
            return;
        }
        for (JsonNode object : page.path("data")) {
            checkObject(object, link.schema(), where);
            enqueue(object.path("id").asText(), link.schema(), false, where);
        }
        JsonNode pagination = page.path("pagination");
        boolean last = pagination.path("currentPage").asLong() >= pagination.path("totalPages").asLong();
        JsonNode next = page.path("links").path("next");
        if (!last && !next.isTextual()) {
            violations.add(where + ": page " + pagination.path("currentPage") + " of "
                    + pagination.path("totalPages") + " has no links.next");
        }
        if (last && !next.isMissingNode()) {
            violations.add(where + ": the last page has links.next");
        }
        if (next.isTextual()) {
            enqueue(next.asText(), link.schema(), true, where);
        }
    }

    private void checkObject(JsonNode object, String type, String where) {
        objectsByType.merge(type, 1, Integer::sum);
        String at = where + " " + type + " " + object.path("id").asText();
        JsonNode schema = schema(type);
        if (!object.isObject()) {
            violations.add(at + ": not an object");
            return;
        }
        if (!(SCHEMA + type).equals(object.path("type").asText())) {
            violations.add(at + ": type is " + object.path("type"));
        }
        if (object.path("deleted").asBoolean(false)) {
            for (String field : List.of("id", "type", "created", "modified")) {
                if (!object.has(field)) {
                    violations.add(at + ": deleted object without " + field);
                }
            }
        } else {
            for (JsonNode required : schema.path("required")) {
                if (!object.has(required.asText())) {
                    violations.add(at + ": required " + required.asText() + " missing");
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode property = schema.path("properties").path(field.getKey());
            if (property.isMissingNode()) {
                violations.add(at + ": " + field.getKey() + " is not in the schema");
            } else {
                checkValue(field.getValue(), property, at + "." + field.getKey());
            }
        }
    }

    private void checkValue(JsonNode value, JsonNode property, String at) {
        String type = property.path("type").asText();
        boolean fits = switch (type) {
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> true;
        };
        if (!fits) {
            violations.add(at + ": " + value + " is not of type " + type);
            return;
        }
        if (value.isTextual()) {
            checkString(value.asText(), property, at);
        }
        JsonNode schemaFile = property.path("schema");
        if (value.isObject() && schemaFile.isTextual()) {
            String embedded = schemaFile.asText().replace(".json", "");
            checkObject(value, embedded, at);
            enqueue(value.path("id").asText(), embedded, false, at);
        }
        if (value.isArray()) {
            JsonNode items = property.path("items");
            for (JsonNode item : value) {
                JsonNode itemProperty = items.deepCopy();
                if (!itemProperty.has("references") && property.has("references")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) itemProperty)
                            .set("references", property.path("references"));
                }
                checkValue(item, itemProperty, at + "[]");
            }
        }
    }

    private void checkString(String text, JsonNode property, String at) {
        if (property.has("pattern") && !text.matches(property.path("pattern").asText())) {
            violations.add(at + ": " + text + " does not match " + property.path("pattern").asText());
        }
        switch (property.path("format").asText()) {
            case "url" -> {
                if (!absoluteHttp(text)) {
                    violations.add(at + ": " + text + " is not an absolute URL");
                    return;
                }
                String references = property.path("references").asText();
                if ("externalList".equals(references)) {
                    enqueue(text, property.path("items").path("schema").asText().replace(".json", ""), true, at);
                } else if (!references.isEmpty()) {
                    enqueue(text, references, false, at);
                }
            }
            case "date-time" -> parse(() -> OffsetDateTime.parse(text), text, "date-time", at);
            case "date" -> parse(() -> LocalDate.parse(text), text, "date", at);
            default -> {
            }
        }
    }

    private void parse(Runnable parser, String text, String format, String at) {
        try {
            parser.run();
        } catch (DateTimeParseException e) {
            violations.add(at + ": " + text + " is not a " + format);
        }
    }

    private void enqueue(String url, String schema, boolean list, String from) {
        if (!url.isEmpty()) {
            links.add(new Link(url, schema, list, from));
        }
    }

    private static boolean absoluteHttp(String text) {
        try {
            URI uri = URI.create(text);
            return uri.isAbsolute() && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private JsonNode schema(String type) {
        return schemas.computeIfAbsent(type, name -> {
            try (InputStream in = OparlConformance.class.getResourceAsStream("/oparl/schema/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalArgumentException("No OParl schema " + name);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
