package dk.radhus.testing.server;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short-lived external commands, capturing their combined output in a file. */
final class Commands {

    private static final long TIMEOUT_SECONDS = 120;

    private Commands() {
    }

    /** Runs the command and returns its exit code; stdout and stderr are appended to {@code output}. */
    static int run(List<String> command, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out after " + TIMEOUT_SECONDS + "s: " + command);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /** Runs the command and fails with its output if it does not exit with 0. */
    static void runOrFail(List<String> command, Path output) {
        int exitCode = run(command, output);
        if (exitCode != 0) {
            throw new IllegalStateException("Command " + command + " exited with " + exitCode + ":\n" + tail(output));
        }
    }

    /** Returns whether the command can be started and exits with 0. */
    static boolean succeeds(List<String> command) {
        try {
            Path output = Files.createTempFile("radhus-probe", ".log");
            try {
                return run(command, output) == 0;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The last lines of a log file, for error messages. */
    static String tail(Path file) {
        try {
            if (!Files.exists(file)) {
                return "";
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
