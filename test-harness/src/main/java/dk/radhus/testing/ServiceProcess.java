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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One service started the way it runs in production: {@code java -jar <module>/target/quarkus-app/quarkus-run.jar},
 * configured only by environment variables, against the harness's PostgreSQL and Kafka ({@link TestInfrastructure}),
 * trusting {@link TestTokens}. Its output goes to {@code <log directory>/<module>.log}. As in production, health and
 * metrics are on the management port ({@link #managementUri}), the API on the public one ({@link #uri}).
 *
 * <p>The repository root comes from the system property {@code radhus.repository.root} (default {@code ..}, the parent
 * of the Maven module running the tests); logs go to {@code target/service-logs} unless {@link Builder#logDirectory}
 * says otherwise. With {@link Builder#runFrom} the service runs from a private copy of its build, taken at the first
 * start, so that a rebuild of the module while the tests run cannot pull files from under the process; after
 * {@link #kill()} or {@link #stop()} it starts again from the same copy on the same port.
 */
public final class ServiceProcess {

    /**
     * Quick start and a small heap, for functional tests: the C1 compiler only, and the serial collector, which spends
     * less CPU than G1's background threads on a heap this small.
     */
    public static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC");

    private final String module;
    private final String database;
    private final int port;
    private final int managementPort;
    private final Path root;
    private final Path logDirectory;
    private final List<String> jvmOptions;
    private final Map<String, String> extraEnvironment;
    private final Path copies;
    private final PostgresServer postgres;
    private boolean copied;
    private Process process;

    /** A service with the functional-test defaults ({@link #TEST_JVM_OPTIONS}). */
    public ServiceProcess(String module, String database) {
        this(builder(module, database));
    }

    private ServiceProcess(Builder builder) {
        this.module = builder.module;
        this.database = builder.database;
        this.port = FreePorts.next();
        this.managementPort = FreePorts.next(List.of(port));
        this.root = builder.root;
        this.logDirectory = builder.logDirectory;
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.extraEnvironment = Map.copyOf(builder.environment);
        this.copies = builder.copies;
        this.postgres = builder.postgres;
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

    /** {@code path} on the management port, where production serves {@code /q/health} and {@code /q/metrics}. */
    public URI managementUri(String path) {
        return URI.create(managementBaseUri() + path);
    }

    public String managementBaseUri() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The PostgreSQL server the service's database is on. */
    public PostgresServer postgres() {
        return postgres != null ? postgres : TestInfrastructure.postgres();
    }

    public String database() {
        return database;
    }

    public String module() {
        return module;
    }

    public Path log() {
        return logDirectory.resolve(module + ".log");
    }

    public void start() {
        Path app = root.resolve(module).resolve("target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app + " is missing: package the services first (./mvnw package)");
        }
        if (copies != null) {
            Path copy = copies.resolve(module).resolve("target/quarkus-app");
            if (!copied) {
                copy(app, copy);
                copied = true;
            }
            app = copy;
        }
        try {
            Files.createDirectories(logDirectory);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", app.resolve("quarkus-run.jar").toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().putAll(environment());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + module, e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} on the management port answers 200 (all readiness checks UP); fails at once
     * if the process dies.
     */
    public void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(module + " exited with " + process.exitValue() + "; see "
                                + log());
                    }
                    HttpResponse<String> response = client.send(
                            HttpRequest.newBuilder(managementUri("/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return response.statusCode() == 200;
                });
    }

    /**
     * Stops the service as an orchestrator would (SIGTERM), waiting for a graceful shutdown; after 20 s it is killed.
     * Returns false if it had to be killed.
     */
    public boolean stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    return false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** Asks the service to stop (SIGTERM) without waiting, so that several can shut down at the same time. */
    public void terminate() {
        if (process != null) {
            process.destroy();
        }
    }

    /** Kills the service with SIGKILL, as a crashing node or the OOM killer would: no shutdown hooks run. */
    public void kill() {
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

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /**
     * Writes the service's thread dump ({@code jstack}) next to its log, as {@code <module>-threads-<time>.txt}, for a
     * test that timed out waiting for the service; returns the file.
     */
    public Path dumpThreads() {
        Path dump = logDirectory.resolve(module + "-threads-" + System.currentTimeMillis() + ".txt");
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

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + from, e);
        }
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_MANAGEMENT_HOST", "127.0.0.1",
                "QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort),
                "QUARKUS_DATASOURCE_JDBC_URL", postgres().jdbcUrl(database),
                "QUARKUS_DATASOURCE_USERNAME", postgres().username(),
                "QUARKUS_DATASOURCE_PASSWORD", postgres().password(),
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
        private Path copies;
        private PostgresServer postgres;

        private Builder(String module, String database) {
            this.module = module;
            this.database = database;
        }

        public Builder repositoryRoot(Path root) {
            this.root = root;
            return this;
        }

        /** Runs the service from its own copy of the build under {@code copies}, taken at the first start. */
        public Builder runFrom(Path copies) {
            this.copies = copies;
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

        /** Sets environment variables of the service, as {@link #environment(String, String)} each. */
        /** The server of the service's database; the JVM-wide one ({@link TestInfrastructure#postgres()}) if not set. */
        public Builder postgres(PostgresServer postgres) {
            this.postgres = postgres;
            return this;
        }

        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        public ServiceProcess build() {
            return new ServiceProcess(this);
        }
    }
}
