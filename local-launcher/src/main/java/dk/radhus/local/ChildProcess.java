package dk.radhus.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An operating-system process the launcher started, with its output appended to a log file and its pid recorded (see
 * {@link PidFiles}) so that a later run can clean up after a launcher that was killed.
 */
final class ChildProcess {

    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final Process process;
    private final PidFiles pidFiles;

    private ChildProcess(String name, Process process, PidFiles pidFiles) {
        this.name = name;
        this.process = process;
        this.pidFiles = pidFiles;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
            Path log, PidFiles pidFiles) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            pidFiles.record(name, process.toHandle());
            return new ChildProcess(name, process, pidFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command.get(0), e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Waits for the process to end by itself; returns false if it is still running after {@code timeout}. */
    boolean waitFor(Duration timeout) {
        try {
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (ended) {
                pidFiles.forget(name);
            }
            return ended;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM to the process and all its descendants; SIGKILL to whatever still runs after the grace period. */
    void stop() {
        stopTree(process.toHandle());
        pidFiles.forget(name);
    }

    static void stopTree(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>(root.descendants().toList());
        tree.add(root);
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, GRACE)) {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, KILL_WAIT);
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits = processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for processes to end failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
