package dk.radhus.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the services' REST APIs as a demo user, with a bearer token from Keycloak. */
public final class Api {

    /** What a service answered. */
    public record Response(int status, String body) {

        public boolean isSuccess() {
            return status / 100 == 2;
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
        return send(HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + tokens.accessToken(user))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response postJson(String service, String path, String json, DemoUser user) {
        return post(service, path, "application/json", json, user);
    }

    public Response get(String service, String path, DemoUser user) {
        return send(HttpRequest.newBuilder(uri(service, path))
                .header("Authorization", "Bearer " + tokens.accessToken(user))
                .GET());
    }

    private URI uri(String service, String path) {
        String base = serviceUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("Unknown service " + service);
        }
        return URI.create(base + path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }
}
