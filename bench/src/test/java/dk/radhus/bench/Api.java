package dk.radhus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.radhus.testing.ServiceProcess;

/** JSON over the JDK HTTP client (HTTP/1.1, one pooled connection per thread), for setting data up and timing calls. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    Api(ServiceProcess service) {
        this.base = service.baseUri();
    }

    HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Sends {@code body} as JSON (null: no body) and returns the answer's JSON; fails unless the status matches. */
    JsonNode json(String method, String path, String token, Object body, int expectedStatus) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body));
        return read(send(request(path, token).header("Content-Type", "application/json")
                .method(method, publisher).build(), expectedStatus));
    }

    JsonNode get(String path, String token) {
        return read(send(request(path, token).GET().build(), 200));
    }

    /** Sends a non-JSON body ({@code text/plain}, {@code text/csv}) and returns the answer's JSON. */
    JsonNode post(String path, String token, String contentType, byte[] body, int expectedStatus) {
        return read(send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), expectedStatus));
    }

    /**
     * Times {@code measured} sequential round trips (request sent, whole body read) after {@code warmUp} untimed ones;
     * request {@code i} is {@code requests.apply(i)}. Every answer must have {@code expectedStatus}.
     */
    Latencies time(int warmUp, int measured, int expectedStatus, IntFunction<HttpRequest> requests) {
        for (int i = 0; i < warmUp; i++) {
            send(requests.apply(i), expectedStatus);
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            HttpRequest request = requests.apply(warmUp + i);
            long start = System.nanoTime();
            send(request, expectedStatus);
            nanos[i] = System.nanoTime() - start;
        }
        return Latencies.of(nanos);
    }

    HttpResponse<byte[]> send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ", expected " + expectedStatus + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String write(Object value) {
        try {
            return value instanceof String text ? text : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode read(HttpResponse<byte[]> response) {
        try {
            return response.body().length == 0 ? JSON.missingNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
