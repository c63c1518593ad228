package dk.radhus.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started the way it runs in production: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured only by environment variables, against the harness's PostgreSQL and Kafka ({@link TestInfrastructure}),
 * trusting {@link TestTokens}. Its output goes to {@code <log directory>/<module>.log}.
 *
 * <p>The repository root comes from the system property {@code radhus.repository.root} (default {@code ..}, the parent
 * of the Maven module running the tests); logs go to {@code target/service-logs} unless {@link Builder#logDirectory}
 * says otherwise.
 */
public final class ServiceProcess {

    /** Quick start and a small heap, for functional tests: the C1 compiler only. */
    public static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private final String module;
    private final String database;
    private final int port;
    private final Path root;
    private final Path logDirectory;
    private final List<String> jvmOptions;
    private final Map<String, String> extraEnvironment;
    private Process process;

    /** A service with the functional-test defaults ({@link #TEST_JVM_OPTIONS}). */
    public ServiceProcess(String module, String database) {
        this(builder(module, database));
    }

    private ServiceProcess(Builder builder) {
        this.module = builder.module;
        this.database = builder.database;
        this.port = FreePorts.next();
        this.root = builder.root;
        this.logDirectory = builder.logDirectory;
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.extraEnvironment = Map.copyOf(builder.environment);
    }

    /** {@code module} is the Maven module's directory name, {@code database} the PostgreSQL database it uses. */
    public static Builder builder(String module, String database) {
        return new Builder(module, database);
    }

    public URI uri(String path) {
        return URI.create(baseUri() + path);
    }

    public String baseUri() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String database() {
        return database;
    }

    public Path log() {
        return logDirectory.resolve(module + ".log");
    }

    public void start() {
        Path jar = root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw package)");
        }
        try {
            Files.createDirectories(logDirectory);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().putAll(environment());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /** Waits until {@code /q/health/ready} answers 200 (all readiness checks UP). */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see " + log());
            }
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        });
    }

    /** Stops the service as an orchestrator would (SIGTERM), waiting for a graceful shutdown. */
    public void stop() {
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

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
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

    /** How to start a service: JVM options, extra environment variables, where the repository and logs are. */
    public static final class Builder {

        private final String module;
        private final String database;
        private Path root = Path.of(System.getProperty("radhus.repository.root", ".."));
        private Path logDirectory = Path.of("target", "service-logs");
        private List<String> jvmOptions = TEST_JVM_OPTIONS;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder(String module, String database) {
            this.module = module;
            this.database = database;
        }

        public Builder repositoryRoot(Path root) {
            this.root = root;
            return this;
        }

        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        /** Replaces the JVM options (default {@link #TEST_JVM_OPTIONS}). */
        public Builder jvmOptions(List<String> jvmOptions) {
            this.jvmOptions = List.copyOf(jvmOptions);
            return this;
        }

        /** Sets an environment variable of the service, overriding the harness's own settings of the same name. */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public ServiceProcess build() {
            return new ServiceProcess(this);
        }
    }
}
