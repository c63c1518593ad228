package dk.radhus.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import dk.radhus.testing.ServiceProcess;

/**
 * Every anonymous GET a running service offers, read from its OpenAPI document, called with every path parameter
 * filled from a pool of the scenario's values (every combination of the values that fit the parameter's schema: UUIDs
 * for a uuid, numbers for an integer, the other values for a string), once without query parameters and once with
 * those the pool names, in every media type the operation produces. A new endpoint is called without changing the
 * caller. The requests go out eight at a time. A service with an OParl API is also walked link by link from
 * {@code /oparl/v1.1}, since OParl's object URLs (papers, files) are not in the pool.
 */
final class AnonymousReads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * One anonymous answer: what was asked, the status, the content type and the body as text (a zip's entries
     * unpacked one after the other); {@code files} holds a zip's entries by name, and is empty for any other answer.
     */
    record Read(String uri, String accept, int status, String contentType, String body, Map<String, String> files) {
    }

    private AnonymousReads() {
    }

    /**
     * Calls every GET of {@code service} anonymously; {@code pathValues} are tried for every path parameter,
     * {@code queryValues} fill the query parameters of the same name.
     */
    static List<Read> all(ServiceProcess service, List<String> pathValues, Map<String, String> queryValues) {
        List<Callable<Read>> calls = new ArrayList<>();
        JsonNode paths = openApi(service).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String query = query(get, queryValues);
            for (String filled : fill(path.getKey(), schemas(get), pathValues)) {
                for (String accept : produced(get)) {
                    calls.add(() -> read(service.baseUri() + filled, accept));
                    if (!query.isEmpty()) {
                        calls.add(() -> read(service.baseUri() + filled + "?" + query, accept));
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Read> reads = new ArrayList<>();
            for (Future<Read> read : pool.invokeAll(calls)) {
                reads.add(read.get());
            }
            reads.addAll(oparl(service));
            return reads;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The OParl API, when the service has one, walked from its System: every URL below {@code /oparl/} an answer names
     * is read once, and each list of the body also with {@code modified_since}, so deleted objects are read too.
     */
    private static List<Read> oparl(ServiceProcess service) {
        String root = service.baseUri() + "/oparl/v1.1";
        Read system = read(root, "application/json");
        if (system.status() != 200) {
            return List.of();
        }
        Deque<String> next = new ArrayDeque<>();
        Set<String> seen = new HashSet<>(Set.of(root));
        List<Read> reads = new ArrayList<>(List.of(system));
        for (String list : List.of("organizations", "persons", "memberships", "meetings", "agenda-items",
                "consultations", "papers", "files", "locations")) {
            next.add(root + "/body/" + list + "?modified_since=2000-01-01T00%3A00%3A00Z");
        }
        links(system.body(), root, next);
        while (!next.isEmpty()) {
            String uri = next.poll();
            if (seen.add(uri)) {
                Read read = read(uri, "application/json");
                reads.add(read);
                links(read.body(), root, next);
            }
        }
        return reads;
    }

    private static void links(String body, String root, Deque<String> next) {
        Matcher matcher = Pattern.compile("\"(" + Pattern.quote(root) + "[^\"]*)\"").matcher(body);
        while (matcher.find()) {
            next.add(matcher.group(1));
        }
    }

    /** The schema of each path parameter, by name. */
    private static Map<String, JsonNode> schemas(JsonNode operation) {
        Map<String, JsonNode> schemas = new HashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                schemas.put(parameter.path("name").asText(), parameter.path("schema"));
            }
        }
        return schemas;
    }

    private static List<String> fill(String template, Map<String, JsonNode> schemas, List<String> values) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        if (!matcher.find()) {
            return List.of(template);
        }
        JsonNode schema = schemas.getOrDefault(matcher.group(1), MissingNode.getInstance());
        List<String> filled = new ArrayList<>();
        for (String value : values) {
            if (!fits(schema, value)) {
                continue;
            }
            String once = template.substring(0, matcher.start()) + URLEncoder.encode(value, StandardCharsets.UTF_8)
                    .replace("+", "%20") + template.substring(matcher.end());
            filled.addAll(fill(once, schemas, values));
        }
        return filled;
    }

    /** Whether {@code value} has the shape the parameter's schema asks for; a schema without a type takes any. */
    private static boolean fits(JsonNode schema, String value) {
        boolean uuid = UUID_SHAPE.matcher(value).matches();
        boolean number = value.chars().allMatch(Character::isDigit);
        if ("uuid".equals(schema.path("format").asText())) {
            return uuid;
        }
        return switch (schema.path("type").asText()) {
            case "integer", "number" -> number;
            case "string" -> !uuid;
            default -> true;
        };
    }

    private static String query(JsonNode operation, Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && values.containsKey(name)) {
                parts.add(name + "=" + URLEncoder.encode(values.get(name), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    private static Set<String> produced(JsonNode operation) {
        Set<String> types = new LinkedHashSet<>();
        operation.path("responses").forEach(response -> response.path("content").fieldNames()
                .forEachRemaining(types::add));
        if (types.isEmpty()) {
            types.add("*/*");
        }
        return types;
    }

    private static Read read(String uri, String accept) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept)
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            Map<String, String> files = type.contains("zip") ? unzipped(response.body()) : Map.of();
            String body = type.contains("zip") ? String.join("\n", files.values())
                    : new String(response.body(), StandardCharsets.UTF_8);
            return new Read(uri, accept, response.statusCode(), type, body, files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static JsonNode openApi(ServiceProcess service) {
        try {
            return JSON.readTree(read(service.baseUri() + "/q/openapi?format=json", "application/json").body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
