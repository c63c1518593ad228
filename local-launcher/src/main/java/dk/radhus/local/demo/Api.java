package dk.radhus.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the services' REST APIs as a demo user, with a bearer token from Keycloak, or anonymously. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration POLL = Duration.ofMillis(250);

    /** What a service answered to {@code call} (method and path). */
    public record Response(String call, int status, String body) {

        public boolean isSuccess() {
            return status / 100 == 2;
        }

        /** This response if it is a 2xx or one of {@code alsoAccepted}; otherwise a failure with the problem detail. */
        public Response require(int... alsoAccepted) {
            if (isSuccess() || Arrays.stream(alsoAccepted).anyMatch(s -> s == status)) {
                return this;
            }
            throw DemoFailure.of(this);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new DemoFailure(call + " answered " + status + " with a body that is not JSON: " + body);
            }
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> serviceUrls;
    private final KeycloakTokens tokens;

    /** {@code serviceUrls}: base URL by service name, e.g. {@code meetings-service → http://127.0.0.1:8081}. */
    public Api(Map<String, String> serviceUrls, KeycloakTokens tokens) {
        this.serviceUrls = serviceUrls;
        this.tokens = tokens;
    }

    public Response post(String service, String path, String contentType, String body, DemoUser user) {
        return send("POST " + path, as(user, uri(service, path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST of bytes, e.g. a zip archive. */
    public Response post(String service, String path, String contentType, byte[] body, DemoUser user) {
        return send("POST " + path, as(user, uri(service, path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response postJson(String service, String path, String json, DemoUser user) {
        return post(service, path, "application/json", json, user);
    }

    public Response postJson(String service, String path, JsonNode json, DemoUser user) {
        return postJson(service, path, json.toString(), user);
    }

    /** A POST without a body, e.g. a state transition. */
    public Response post(String service, String path, DemoUser user) {
        return send("POST " + path, as(user, uri(service, path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response putJson(String service, String path, JsonNode json, DemoUser user) {
        return send("PUT " + path, as(user, uri(service, path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())));
    }

    /** A GET as {@code user}, or anonymously when {@code user} is null. */
    public Response get(String service, String path, DemoUser user) {
        return send("GET " + path, as(user, uri(service, path)).GET());
    }

    /** Waits until an anonymous GET answers 200, e.g. for data that arrives through Kafka. */
    public void awaitFound(String service, String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Response response = get(service, path, null);
        while (response.status() != 200) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailure(service + " did not have " + path + " after " + timeout.toSeconds() + " s (last "
                        + response.status() + ")");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DemoFailure("interrupted");
            }
            response = get(service, path, null);
        }
    }

    private HttpRequest.Builder as(DemoUser user, URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "application/json");
        return user == null ? request : request.header("Authorization", "Bearer " + tokens.accessToken(user));
    }

    private URI uri(String service, String path) {
        String base = serviceUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("Unknown service " + service);
        }
        return URI.create(base + path);
    }

    private Response send(String call, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(call, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(call + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }
}
