package dk.radhus.local;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The launcher's console: one short line per event of a component (starting, still waiting, ready, failed, stopped)
 * instead of the components' logs, which go to files. The only class that writes to standard output.
 */
final class Console {

    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private final Path workingDirectory;

    Console(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    synchronized void line(String text) {
        out.println(text);
    }

    synchronized void blank() {
        out.println();
    }

    void starting(String component, String detail) {
        event(component, "starting", detail);
    }

    void waiting(String component, Duration elapsed, Path log) {
        event(component, "waiting", seconds(elapsed) + "  (log: " + relative(log) + ")");
    }

    void ready(String component, Duration elapsed, String detail) {
        event(component, "ready", seconds(elapsed) + (detail.isEmpty() ? "" : "  " + detail));
    }

    void failed(String component, Duration elapsed, String reason, Path log) {
        event(component, "FAILED", seconds(elapsed) + "  " + reason + (log == null ? "" : "  -> read " + relative(log)));
    }

    void stopped(String component, Duration elapsed) {
        event(component, "stopped", seconds(elapsed));
    }

    void event(String component, String state, String detail) {
        line(String.format(Locale.ROOT, "  %-18s %-9s %s", component, state, detail).stripTrailing());
    }

    String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
    }

    static String seconds(Duration elapsed) {
        return String.format(Locale.ROOT, "%5.1f s", elapsed.toMillis() / 1000.0);
    }
}
