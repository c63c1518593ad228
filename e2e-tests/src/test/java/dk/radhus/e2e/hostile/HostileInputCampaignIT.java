package dk.radhus.e2e.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dk.radhus.e2e.SuiteServices;
import dk.radhus.platform.security.Roles;
import dk.radhus.testing.TestTokens;

/**
 * The hostile-input campaign: every write operation of the three services, as their OpenAPI documents list them,
 * receives a generated set of malformed requests (fixed seed) from a caller holding the right role. Every one must be
 * refused with a 4xx problem naming the field, and afterwards no table holds a row more or less and no event was
 * written to an outbox. A second case sends control characters in every path and query parameter of every operation,
 * reads included.
 */
class HostileInputCampaignIT {

    private static final long SEED = 20_261_201L;
    private static final List<String> WRITE_ROLES = List.of(Roles.SECRETARY, Roles.FINANCE, Fixtures.STRATEGY_EDITOR,
            Roles.DIRECTOR, Roles.ADMIN);
    private static final Path ROOT = Path.of(System.getProperty("radhus.repository.root", ".."));

    private final List<SuiteServices.Service> services = SuiteServices.running();
    private final ProblemResponses responses = new ProblemResponses();

    @Test
    void shouldRefuseEveryMalformedRequestWithAProblemAndChangeNothing() {
        Fixtures fixtures = Fixtures.create(services.stream()
                .collect(Collectors.toMap(SuiteServices.Service::name, Function.identity())));
        Random random = new Random(SEED);
        byte[] oversized = oversizedBody(bodyLimit());
        List<HostileRequest> requests = new ArrayList<>();
        Map<WriteOperation, String> tokens = new HashMap<>();
        for (SuiteServices.Service service : services) {
            OpenApiCatalogue catalogue = OpenApiCatalogue.of(service);
            for (WriteOperation operation : catalogue.writeOperations()) {
                tokens.put(operation, tokenFor(operation));
                List<HostileRequest> forOperation = HostileRequests.of(operation, fixtures.pathValues(service),
                        catalogue.collections(), random, oversized);
                assertThat(forOperation).as("hostile requests for %s", operation).hasSizeGreaterThanOrEqualTo(5);
                requests.addAll(forOperation);
            }
        }
        Map<String, Long> before = quietRowCounts();

        long start = System.nanoTime();
        List<ProblemResponses.Failure> failures = responses.check(requests, tokens::get);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> after = DatabaseRows.snapshot(services);

        report(requests, tokens.size(), failures, elapsed);
        assertSoftly(softly -> {
            softly.assertThat(failures).as("requests not refused with a proper problem").isEmpty();
            softly.assertThat(after).as("row counts of every table and the outbox sequences").isEqualTo(before);
            softly.assertThat(requests).hasSizeGreaterThanOrEqualTo(500);
        });
    }

    /**
     * Every path and query parameter of every operation, reads included, as the OpenAPI documents list them, carrying
     * NUL or another control character: each must be refused with a 400 problem naming the parameter — before, a NUL
     * reached PostgreSQL, which cannot store it, and the answer was a 500.
     */
    @Test
    void shouldRefuseAControlCharacterInEveryPathAndQueryParameterWithAProblemNamingIt() {
        Fixtures fixtures = Fixtures.create(services.stream()
                .collect(Collectors.toMap(SuiteServices.Service::name, Function.identity())));
        List<HostileRequest> requests = new ArrayList<>();
        Map<WriteOperation, String> tokens = new HashMap<>();
        for (SuiteServices.Service service : services) {
            for (WriteOperation operation : OpenApiCatalogue.of(service).parameterOperations()) {
                tokens.put(operation, tokenFor(operation));
                requests.addAll(ControlCharacterRequests.of(operation, fixtures.pathValues(service)));
            }
        }

        long start = System.nanoTime();
        List<ProblemResponses.Failure> failures = responses.check(requests, tokens::get);

        report(requests, tokens.size(), failures, Duration.ofNanos(System.nanoTime() - start));
        assertThat(failures).as("parameters with a control character not refused with a problem naming them")
                .isEmpty();
        assertThat(tokens.keySet().stream().map(o -> o.service().name()).distinct()).hasSize(services.size());
        assertThat(requests).hasSizeGreaterThanOrEqualTo(50 * ControlCharacterRequests.CONTROLS.size());
    }

    /**
     * The first write role whose call is not refused as such: a truncated body (or none) to unknown ids is answered
     * with 400 or 404 once the role is right, and with 403 before.
     */
    private String tokenFor(WriteOperation operation) {
        for (String role : WRITE_ROLES) {
            String token = TestTokens.bearer("hostile-" + role, role);
            String path = operation.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
            HostileRequest probe = new HostileRequest(operation, Category.MALFORMED_JSON, path,
                    operation.hasBody() ? operation.mediaType() : null,
                    operation.hasBody() ? "{".getBytes(StandardCharsets.UTF_8) : null, null, "role probe");
            int status = responses.status(probe, token);
            if (status != 401 && status != 403) {
                return token;
            }
        }
        throw new AssertionError("No write role may call " + operation);
    }

    /** Waits until every outbox is drained and no count moves between two looks (consumers are asynchronous). */
    private Map<String, Long> quietRowCounts() {
        AtomicReference<Map<String, Long>> previous = new AtomicReference<>(Map.of());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, Long> current = DatabaseRows.snapshot(services);
            return current.equals(previous.getAndSet(current)) && DatabaseRows.unpublishedEvents(services) == 0;
        });
        return previous.get();
    }

    private void report(List<HostileRequest> requests, int operations, List<ProblemResponses.Failure> failures,
            Duration elapsed) {
        Map<String, Map<Category, Long>> counts = new LinkedHashMap<>();
        for (HostileRequest request : requests) {
            counts.computeIfAbsent(request.operation().service().name(), name -> new EnumMap<>(Category.class))
                    .merge(request.category(), 1L, Long::sum);
        }
        StringBuilder table = new StringBuilder(
                "%nHostile-input campaign: %d requests over %d operations in %d s, %d failures%n".formatted(
                        requests.size(), operations, elapsed.toSeconds(), failures.size()));
        table.append("%-18s".formatted("category"));
        counts.keySet().forEach(service -> table.append("%18s".formatted(service)));
        table.append("%n".formatted());
        for (Category category : Category.values()) {
            table.append("%-18s".formatted(category.name().toLowerCase().replace('_', '-')));
            counts.values().forEach(perService -> table.append("%18d".formatted(perService.getOrDefault(category, 0L))));
            table.append("%n".formatted());
        }
        table.append("%-18s".formatted("total"));
        counts.values().forEach(perService -> table.append("%18d".formatted(
                perService.values().stream().mapToLong(Long::longValue).sum())));
        failures.forEach(failure -> table.append("%nFAILED %s".formatted(failure)));
        System.out.println(table);
    }

    /** {@code quarkus.http.limits.max-body-size} as the platform's shared configuration sets it (e.g. 10M). */
    static long bodyLimit() {
        Properties properties = new Properties();
        try (var in = Files.newInputStream(ROOT.resolve(
                "platform/src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String size = properties.getProperty("quarkus.http.limits.max-body-size").trim().toUpperCase();
        int exponent = "KMGT".indexOf(size.charAt(size.length() - 1)) + 1;
        String digits = exponent == 0 ? size : size.substring(0, size.length() - 1);
        return Long.parseLong(digits) << (10 * exponent);
    }

    private static byte[] oversizedBody(long limit) {
        byte[] body = new byte[Math.toIntExact(limit + 1)];
        Arrays.fill(body, (byte) 'a');
        byte[] start = "{\"text\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }
}
