package dk.radhus.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.radhus.testing.FreePorts;
import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.TestTokens;

/**
 * One service started the way it runs in production: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured only by environment variables, with its output in {@code e2e-tests/target/e2e-logs/<module>.log}.
 */
final class ServiceProcess {

    private static final Path ROOT = Path.of(System.getProperty("radhus.repository.root", ".."));

    private final String module;
    private final String database;
    private final int port;
    private Process process;

    ServiceProcess(String module, String database) {
        this.module = module;
        this.database = database;
        this.port = FreePorts.next();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    String database() {
        return database;
    }

    void start() {
        Path jar = ROOT.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        Path log = ROOT.resolve("e2e-tests/target/e2e-logs").resolve(module + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 (all readiness checks UP). */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see its log");
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        });
    }

    /** Stops the service as an orchestrator would (SIGTERM), waiting for a graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Map<String, String> environment() {
        return Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", TestInfrastructure.postgres().jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", TestInfrastructure.postgres().username(),
                "QUARKUS_DATASOURCE_PASSWORD", TestInfrastructure.postgres().password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "QUARKUS_OIDC_PUBLIC_KEY", TestTokens.publicKey(),
                "QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER);
    }
}
