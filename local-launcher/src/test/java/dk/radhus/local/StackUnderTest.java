package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./run-local.sh --reset} started as the README says, in its own stack directory ({@code target/local-stack})
 * and on free ports, so that it neither touches a developer's {@code .local} nor collides with a stack they have
 * running. {@code --reset} makes every run start from a fresh state (the unpacked Keycloak is kept).
 */
final class StackUnderTest {

    final Path root = RepositoryFiles.root();
    final Path directory = root.resolve("local-launcher/target/local-stack");
    final Path output = root.resolve("local-launcher/target/local-stack.out");
    final Map<String, Integer> ports = new LinkedHashMap<>();
    private Process process;

    StackUnderTest() {
        for (String name : List.of("POSTGRES", "KAFKA", "KAFKA_CONTROLLER", "KEYCLOAK", "MEETINGS", "BUDGET", "STRATEGY")) {
            ports.put(name, freePort());
        }
    }

    void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(root.resolve("run-local.sh").toString(), "--reset")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("RADHUS_LOCAL_DIR", directory.toString());
        ports.forEach((name, port) -> builder.environment().put("RADHUS_LOCAL_" + name + "_PORT", port.toString()));
        process = builder.start();
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
