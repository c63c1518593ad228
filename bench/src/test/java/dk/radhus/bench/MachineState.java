package dk.radhus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What else the machine was doing: cores and the load average (other builds share it), for the result notes. */
final class MachineState {

    private MachineState() {
    }

    /** E.g. "2 cores, load average 1.52 / 2.10 / 1.80 (1 / 5 / 15 min), OpenJDK 17.0.15". */
    static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores, load average " + loadAverage()
                + " (1 / 5 / 15 min), Java " + System.getProperty("java.version");
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " / " + fields[1] + " / " + fields[2];
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/loadavg", e);
        }
    }
}
