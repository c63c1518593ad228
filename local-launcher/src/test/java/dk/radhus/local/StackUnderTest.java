package dk.radhus.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.radhus.local.demo.Api;
import dk.radhus.local.demo.KeycloakTokens;
import dk.radhus.testing.FreePorts;

/**
 * {@code ./run-local.sh --reset} started as the README says, in its own stack directory ({@code target/local-stack})
 * and on free ports, so that it neither touches a developer's {@code .local} nor collides with a stack they have
 * running. {@code --reset} makes every run start from a fresh state (the unpacked Keycloak is kept).
 *
 * <p>One stack serves every test class of the run ({@link #started()}): it starts once, the classes use it in the
 * order of their {@code @Order} ({@code junit-platform.properties}) — {@link LocalStackIT}, the browser tests with the
 * demo data, then the benchmark data set — and {@link StackStopIT} stops it last.
 */
final class StackUnderTest {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(20);
    private static StackUnderTest shared;
    private static AssertionError sharedFailure;

    final Path root = RepositoryFiles.root();
    final Path directory = root.resolve("local-launcher/target/local-stack");
    final Path output = root.resolve("local-launcher/target/local-stack.out");
    final Map<String, Integer> ports = new LinkedHashMap<>();
    final KeycloakTokens tokens;
    /** The services' APIs as the demo users, the way the launcher's demo steps call them. */
    final Api api;
    private Process process;

    StackUnderTest() {
        for (String name : List.of("POSTGRES", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "MEETINGS", "BUDGET", "STRATEGY",
                "MEETINGS_MANAGEMENT", "BUDGET_MANAGEMENT", "STRATEGY_MANAGEMENT", "PORTAL")) {
            ports.put(name, FreePorts.next(ports.values()));
        }
        tokens = new KeycloakTokens(url("KEYCLOAK") + "/realms/radhus/protocol/openid-connect/token");
        api = new Api(Map.of("meetings-service", url("MEETINGS"), "budget-service", url("BUDGET"),
                "strategy-service", url("STRATEGY")), tokens);
    }

    /**
     * The stack of this test run, started on the first call and ready ("All healthy"); a failed start fails every
     * later call the same way. Stopped with SIGTERM when the test JVM exits if {@link StackStopIT} did not stop it.
     */
    static synchronized StackUnderTest started() {
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            StackUnderTest stack = new StackUnderTest();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stopIfRunning, "stack-under-test-stop"));
            try {
                stack.startAndAwaitHealthy();
            } catch (AssertionError | RuntimeException e) {
                sharedFailure = e instanceof AssertionError failure ? failure
                        : new AssertionError("The stack did not start: " + e.getMessage() + "\n" + stack.console(), e);
                throw sharedFailure;
            }
            shared = stack;
        }
        return shared;
    }

    private void startAndAwaitHealthy() {
        ProcessBuilder builder = runLocal("--reset").redirectOutput(output.toFile());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start run-local.sh", e);
        }
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(process.isAlive()).as("run-local.sh exited:\n%s", console()).isTrue();
            assertThat(console()).as(console()).doesNotContain("FAILED");
            return console().contains("All healthy after");
        });
    }

    /** {@code ./run-local.sh <arguments>} with this stack's folder and ports, its error output in its output. */
    ProcessBuilder runLocal(String... arguments) {
        List<String> command = new ArrayList<>(List.of(root.resolve("run-local.sh").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("RADHUS_LOCAL_DIR", directory.toString());
        ports.forEach((name, port) -> builder.environment().put("RADHUS_LOCAL_" + name + "_PORT", port.toString()));
        return builder;
    }

    /** What a command that ran to its end printed, and its exit code. */
    record Finished(int exitCode, String output) {
    }

    /** Runs {@code ./run-local.sh <arguments>} to its end (at most two minutes). */
    Finished runLocalToTheEnd(String... arguments) throws IOException, InterruptedException {
        Process command = runLocal(arguments).start();
        String printed = new String(command.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(command.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).as(printed).isTrue();
        return new Finished(command.exitValue(), printed);
    }

    private void stopIfRunning() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    Process process() {
        return process;
    }

    String console() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String name) {
        return "http://127.0.0.1:" + ports.get(name);
    }

    /** The launcher, everything it started, and the PostgreSQL server with its workers. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(process.toHandle());
        all.addAll(process.descendants().toList());
        postmaster().ifPresent(postmaster -> {
            all.add(postmaster);
            all.addAll(postmaster.descendants().toList());
        });
        return all;
    }

    private Optional<ProcessHandle> postmaster() {
        Path pidFile = directory.resolve("postgres/data/postmaster.pid");
        try {
            return Files.exists(pidFile)
                    ? ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isListening(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
