package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code .local/run/<component>.pid}: the pid and start time of every process the launcher started, removed when it
 * stops them. Files that are still there on the next start belong to a launcher that was killed (SIGKILL, a crash):
 * their processes are stopped before anything else starts. The start time guards against a recycled pid.
 */
final class PidFiles {

    private static final String SUFFIX = ".pid";

    private final Path directory;

    PidFiles(Path directory) {
        this.directory = directory;
    }

    void record(String component, ProcessHandle process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("");
        write(directory.resolve(component + SUFFIX), process.pid() + " " + started);
    }

    void forget(String component) {
        try {
            Files.deleteIfExists(directory.resolve(component + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the processes of an earlier run that are still alive; returns the names of the components stopped. */
    List<String> stopLeftovers() {
        List<String> stopped = new ArrayList<>();
        for (Path file : files()) {
            String component = file.getFileName().toString().replace(SUFFIX, "");
            leftover(file).ifPresent(process -> {
                ChildProcess.stopTree(process);
                stopped.add(component + " (pid " + process.pid() + ")");
            });
            forget(component);
        }
        return stopped;
    }

    private Optional<ProcessHandle> leftover(Path file) {
        String[] fields = read(file).trim().split(" ", 2);
        try {
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0]));
            String recordedStart = fields.length > 1 ? fields[1] : "";
            return process.filter(ProcessHandle::isAlive).filter(p -> recordedStart.equals(
                    p.info().startInstant().map(Instant::toString).orElse("")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
