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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dk.radhus.testing.FreePorts;
import dk.radhus.testing.TestInfrastructure;
import dk.radhus.testing.TestTokens;

/**
 * One service started the way it runs in production: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured only by environment variables, with its output in {@code e2e-tests/target/e2e-logs/<module>.log}.
 */
public final class ServiceProcess {

    private static final Path ROOT = Path.of(System.getProperty("radhus.repository.root", ".."));

    private final String module;
    private final String database;
    private final int port;
    private final Map<String, String> extraEnvironment;
    private final Path app;
    private Process process;

    /**
     * {@code extraEnvironment} adds settings to, or overrides, the harness's own; the service runs from its own copy in
     * {@code copies}.
     */
    ServiceProcess(String module, String database, Map<String, String> extraEnvironment, Path copies) {
        this.module = module;
        this.database = database;
        this.port = FreePorts.next();
        this.extraEnvironment = Map.copyOf(extraEnvironment);
        this.app = copies.resolve(module);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public String database() {
        return database;
    }

    public String module() {
        return module;
    }

    /**
     * Starts the jar from a private copy of {@code <module>/target/quarkus-app}, taken at the first start, so that a
     * rebuild of the module while the tests run cannot pull files from under the process; after {@link #kill()} or
     * {@link #stop()} it starts again from the same copy on the same port.
     */
    void start() {
        if (!Files.exists(app)) {
            copy(ROOT.resolve(module).resolve("target/quarkus-app"), app);
        }
        Path jar = app.resolve("quarkus-run.jar");
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

    /** Waits until {@code /q/health/ready} answers 200 (all readiness checks UP); fails at once if the process dies. */
    void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited with " + process.exitValue()
                                + "; see its log");
                    }
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200;
                });
    }

    /** Asks the service to stop (SIGTERM) without waiting, so that several can shut down at the same time. */
    void terminate() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Stops the service as an orchestrator would (SIGTERM), waiting for a graceful shutdown. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the service with SIGKILL, as a crashing node or the OOM killer would: no shutdown hooks run. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException(module + " did not die from SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the service's thread dump ({@code jstack}) next to its log, as {@code <module>-threads-<time>.txt}, for a
     * test that timed out waiting for the service; returns the file.
     */
    Path dumpThreads() {
        Path dump = ROOT.resolve("e2e-tests/target/e2e-logs")
                .resolve(module + "-threads-" + System.currentTimeMillis() + ".txt");
        try {
            new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
                    Long.toString(process.pid())).redirectErrorStream(true)
                    .redirectOutput(dump.toFile()).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not dump the threads of " + module, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return dump;
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private static void copy(Path from, Path to) {
        if (!Files.exists(from.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(from + " is missing: package the services first (./mvnw package)");
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + from, e);
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_DATASOURCE_JDBC_URL", TestInfrastructure.postgres().jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", TestInfrastructure.postgres().username(),
                "QUARKUS_DATASOURCE_PASSWORD", TestInfrastructure.postgres().password(),
                "KAFKA_BOOTSTRAP_SERVERS", TestInfrastructure.kafka().bootstrapServers(),
                "QUARKUS_OIDC_PUBLIC_KEY", TestTokens.publicKey(),
                "QUARKUS_OIDC_TOKEN_ISSUER", TestTokens.ISSUER));
        environment.putAll(extraEnvironment);
        return environment;
    }
}
