package dk.radhus.local.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from Keycloak by the direct grant (resource-owner password) of the public client {@code radhus-cli},
 * the same request the printed curl example makes. Tokens are reused for a few minutes (they live 15).
 */
public final class KeycloakTokens {

    public static final String CLIENT_ID = "radhus-cli";

    private static final Duration REUSE = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String tokenUrl;
    private final Map<DemoUser, Token> cache = new EnumMap<>(DemoUser.class);

    private record Token(String value, long fetchedNanos) {
    }

    public KeycloakTokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public synchronized String accessToken(DemoUser user) {
        Token cached = cache.get(user);
        if (cached != null && System.nanoTime() - cached.fetchedNanos() < REUSE.toNanos()) {
            return cached.value();
        }
        Token fresh = new Token(fetch(user), System.nanoTime());
        cache.put(user, fresh);
        return fresh.value();
    }

    private String fetch(DemoUser user) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", CLIENT_ID);
        form.put("username", user.username());
        form.put("password", user.password());
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new DemoFailure("Keycloak refused a token for " + user.username() + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            return body.path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Keycloak at " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("interrupted");
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
