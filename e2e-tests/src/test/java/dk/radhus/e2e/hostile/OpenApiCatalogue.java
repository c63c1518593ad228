package dk.radhus.e2e.hostile;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.radhus.e2e.SuiteServices;

/**
 * The operations of a running service, read from its OpenAPI document ({@code /q/openapi?format=json}): the write
 * operations, and every operation with a path or query parameter.
 */
final class OpenApiCatalogue {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final Set<String> ALL_METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_DEPTH = 10;

    private final SuiteServices.Service service;
    private final JsonNode document;

    private OpenApiCatalogue(SuiteServices.Service service, JsonNode document) {
        this.service = service;
        this.document = document;
    }

    static OpenApiCatalogue of(SuiteServices.Service service) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(service.uri("/q/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new OpenApiCatalogue(service, JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("No OpenAPI document from " + service.name(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    List<WriteOperation> writeOperations() {
        return operations(WRITE_METHODS);
    }

    /** Every operation, reads included, that takes a path or query parameter. */
    List<WriteOperation> parameterOperations() {
        return operations(ALL_METHODS).stream()
                .filter(o -> !o.pathParameters().isEmpty() || !o.queryParameters().isEmpty()).toList();
    }

    private List<WriteOperation> operations(Set<String> wanted) {
        List<WriteOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (wanted.contains(method.getKey())) {
                    operations.add(operation(path.getKey(), method.getKey().toUpperCase(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** The first segment of every path: {@code persons} for {@code /persons/{id}}. */
    Set<String> collections() {
        Set<String> collections = new HashSet<>();
        document.path("paths").fieldNames().forEachRemaining(path -> {
            String[] segments = path.split("/");
            if (segments.length > 1) {
                collections.add(segments[1]);
            }
        });
        return collections;
    }

    private WriteOperation operation(String path, String method, JsonNode operation) {
        List<WriteOperation.Parameter> pathParameters = new ArrayList<>();
        List<WriteOperation.Parameter> queryParameters = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            WriteOperation.Parameter resolved = new WriteOperation.Parameter(parameter.path("name").asText(),
                    resolve(parameter.path("schema")), parameter.path("required").asBoolean());
            // a header parameter (Content-Disposition of a file upload, If-None-Match) is no query parameter
            switch (parameter.path("in").asText()) {
                case "path" -> pathParameters.add(resolved);
                case "query" -> queryParameters.add(resolved);
                default -> {
                }
            }
        }
        Iterator<Map.Entry<String, JsonNode>> contents = operation.path("requestBody").path("content").fields();
        if (!contents.hasNext()) {
            return new WriteOperation(service, method, path, pathParameters, queryParameters, null, null, null);
        }
        Map.Entry<String, JsonNode> content = contents.next();
        JsonNode schema = resolve(content.getValue().path("schema"));
        return new WriteOperation(service, method, path, pathParameters, queryParameters, content.getKey(), schema,
                example(path, content.getValue(), schema));
    }

    private JsonNode example(String path, JsonNode content, JsonNode schema) {
        Iterator<JsonNode> named = content.path("examples").elements();
        if (named.hasNext()) {
            return named.next().path("value");
        }
        JsonNode example = schemaExample(schema);
        if (example == null) {
            throw new IllegalStateException(service.name() + " " + path + ": the request body has no example");
        }
        return example;
    }

    private JsonNode schemaExample(JsonNode schema) {
        if (schema.has("examples")) {
            return schema.path("examples").path(0);
        }
        if (schema.has("example")) {
            return schema.path("example");
        }
        if ("array".equals(schema.path("type").asText())) {
            JsonNode item = schemaExample(resolve(schema.path("items")));
            return item == null ? null : JsonNodeFactory.instance.arrayNode().add(item);
        }
        return null;
    }

    /** The schema with every {@code $ref} to {@code #/components/schemas/…} replaced by what it names. */
    private JsonNode resolve(JsonNode schema) {
        return inline(schema, 0);
    }

    private JsonNode inline(JsonNode schema, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException(service.name() + ": schema nested deeper than " + MAX_DEPTH);
        }
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = document.at(current.path("$ref").asText().substring(1));
        }
        if (!current.isObject()) {
            return current;
        }
        ObjectNode copy = current.deepCopy();
        for (String nested : List.of("items", "additionalProperties")) {
            if (copy.path(nested).isObject()) {
                copy.set(nested, inline(copy.path(nested), depth + 1));
            }
        }
        if (copy.path("properties").isObject()) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            copy.path("properties").fields().forEachRemaining(
                    property -> properties.set(property.getKey(), inline(property.getValue(), depth + 1)));
            copy.set("properties", properties);
        }
        return copy;
    }
}
