package dk.radhus.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.restassured.path.json.JsonPath;

/**
 * What every service's OpenAPI document must describe, checked over the whole document rather than a list of names:
 * a summary on every operation, and an example on every request type a request body names, nested ones included.
 */
public final class OpenApiChecks {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private OpenApiChecks() {
    }

    /** "method path" of each operation without a summary. */
    public static List<String> operationsWithoutSummary(JsonPath openApi) {
        List<String> missing = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null) {
                missing.add(method + " " + path);
            }
        }));
        return missing;
    }

    /** The named schemas request bodies use, directly or through properties and array items. */
    public static TreeSet<String> requestTypes(JsonPath openApi) {
        TreeSet<String> names = new TreeSet<>();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        paths.values().forEach(operations -> operations.values().forEach(operation -> {
            if (operation.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
                content.values().forEach(media -> collect(openApi, ((Map<?, ?>) media).get("schema"), names));
            }
        }));
        return names;
    }

    /** The request types ({@link #requestTypes}) with properties but neither {@code example} nor {@code examples}. */
    public static List<String> requestTypesWithoutExample(JsonPath openApi) {
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        return requestTypes(openApi).stream().filter(name -> {
            Map<String, Object> schema = schemas.get(name);
            return schema.containsKey("properties") && !schema.containsKey("example") && !schema.containsKey("examples");
        }).toList();
    }

    private static void collect(JsonPath openApi, Object schema, Collection<String> names) {
        if (!(schema instanceof Map<?, ?> map)) {
            return;
        }
        if (map.get("$ref") instanceof String ref && ref.startsWith(SCHEMA_REF)) {
            String name = ref.substring(SCHEMA_REF.length());
            if (names.add(name)) {
                collect(openApi, openApi.getMap("components.schemas.'" + name + "'"), names);
            }
            return;
        }
        collect(openApi, map.get("items"), names);
        if (map.get("properties") instanceof Map<?, ?> properties) {
            properties.values().forEach(property -> collect(openApi, property, names));
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (map.get(combined) instanceof List<?> parts) {
                parts.forEach(part -> collect(openApi, part, names));
            }
        }
    }
}
