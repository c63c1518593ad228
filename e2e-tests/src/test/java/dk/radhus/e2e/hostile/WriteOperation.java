package dk.radhus.e2e.hostile;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dk.radhus.e2e.SuiteServices;

/**
 * One write operation (POST, PUT, PATCH, DELETE) as a service's OpenAPI document describes it; the campaign's
 * parameter case uses the same record for reads (GET). {@code mediaType},
 * {@code schema} (resolved) and {@code example} are null for an operation without a request body; for a text body
 * ({@code text/csv}, {@code text/plain}) the example is a text node.
 */
record WriteOperation(SuiteServices.Service service, String method, String path, List<Parameter> pathParameters,
        List<Parameter> queryParameters, String mediaType, JsonNode schema, JsonNode example) {

    /** A path or query parameter with its resolved schema. */
    record Parameter(String name, JsonNode schema, boolean required) {
    }

    boolean hasBody() {
        return mediaType != null;
    }

    boolean hasJsonBody() {
        return hasBody() && mediaType.endsWith("json");
    }

    /** The segment in front of a path parameter: {@code items} for {@code /meetings/{meetingId}/items/{itemId}}. */
    String segmentBefore(Parameter parameter) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter.name() + "}")) {
                return segments[i - 1];
            }
        }
        throw new IllegalArgumentException(parameter.name() + " is not in " + path);
    }

    @Override
    public String toString() {
        return service.name() + " " + method + " " + path;
    }
}
