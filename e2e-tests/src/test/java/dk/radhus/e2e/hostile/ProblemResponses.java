package dk.radhus.e2e.hostile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends the campaign's requests and judges each answer: a 4xx other than 401/403 (the caller holds the right role),
 * {@code application/problem+json} with {@code status} equal to the HTTP status and a {@code title}, the targeted
 * field in {@code errors[]}, and nothing of the implementation (stack frames, class names, SQL) in the body.
 */
final class ProblemResponses {

    /** An answer that breaks the contract, with what was sent and what came back. */
    record Failure(HostileRequest request, int status, String reason, String body) {

        @Override
        public String toString() {
            return "%s -> %d %s: %s".formatted(request.summary(), status, reason,
                    body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private static final Pattern LEAK = Pattern.compile("\\tat |\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("
            + "|\\b(java|javax|jakarta|org|com|io|dk)\\.[a-z]\\w*\\.\\w|Exception\\b|SQLState|SQL Error"
            + "|syntax error at or near|postgresql|ERROR: |violates \\w+ constraint|duplicate key value|relation \""
            + "|Hibernate|Jackson|Vert\\.x|RESTEasy", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Sends every request (four at a time) and returns the failures in the order the requests were given. */
    List<Failure> check(List<HostileRequest> requests, TokenFor tokens) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Optional<Failure>>> answers = new ArrayList<>();
            for (HostileRequest request : requests) {
                answers.add(CompletableFuture.supplyAsync(() -> judge(request, tokens.of(request.operation())), pool));
            }
            return answers.stream().map(CompletableFuture::join).flatMap(Optional::stream).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    /** The role token an operation is called with. */
    interface TokenFor {
        String of(WriteOperation operation);
    }

    int status(HostileRequest request, String token) {
        try {
            return send(request, token).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("No answer to " + request.summary(), e);
        }
    }

    private Optional<Failure> judge(HostileRequest request, String token) {
        HttpResponse<String> response;
        try {
            response = send(request, token);
        } catch (IOException e) {
            return Optional.of(new Failure(request, 0, "no answer", e.toString()));
        }
        int status = response.statusCode();
        String body = response.body();
        String reason = reason(request, status, response.headers().firstValue("Content-Type").orElse(""), body);
        return reason == null ? Optional.empty() : Optional.of(new Failure(request, status, reason, body));
    }

    private static String reason(HostileRequest request, int status, String contentType, String body) {
        if (status < 400 || status >= 500) {
            return "not a 4xx";
        }
        if (status == 401 || status == 403) {
            return "the caller was refused, not the input";
        }
        if (!contentType.startsWith("application/problem+json")) {
            return "Content-Type " + contentType;
        }
        if (LEAK.matcher(body).find()) {
            return "implementation details in the body";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return "body is not JSON";
        }
        if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
            return "status or title missing";
        }
        if (request.field() != null) {
            int expected = request.category() == Category.FILE_CONTENT ? 415 : 400;
            if (status != expected) {
                return "expected " + expected + " naming " + request.field();
            }
            boolean named = false;
            for (JsonNode error : problem.path("errors")) {
                named |= request.field().equals(error.path("field").asText());
            }
            if (!named) {
                return "errors[] does not name " + request.field();
            }
        }
        return null;
    }

    private static HttpRequest.BodyPublisher publisher(HostileRequest request) {
        if (request.body() == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        return request.chunked()
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(request.body()))
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
    }

    private HttpResponse<String> send(HostileRequest request, String token) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.operation().service().uri(request.path()))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, */*;q=0.1")
                .method(request.operation().method(), publisher(request));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
