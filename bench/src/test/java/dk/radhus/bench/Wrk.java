package dk.radhus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives <a href="https://github.com/wg/wrk">wrk</a> (Debian package {@code wrk}): a fixed number of persistent
 * HTTP/1.1 connections, each sending its next request as soon as the previous answer arrived, for a fixed time. A Lua
 * {@code done} hook prints the summary and latency percentiles on one line, which {@link #parse} reads.
 */
final class Wrk {

    /** One wrk run: requests completed, errors (socket errors, non-2xx/3xx answers, timeouts) and latencies. */
    record Result(long requests, double seconds, long bytes, long errors, double p50Millis, double p90Millis,
            double p99Millis, double p999Millis, double maxMillis) {

        double requestsPerSecond() {
            return requests / seconds;
        }
    }

    private static final String SCRIPT = """
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("WRK_RESULT requests=%d duration_us=%d bytes=%d errors=%d "
                .. "p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d\\n",
                summary.requests, summary.duration, summary.bytes,
                e.connect + e.read + e.write + e.status + e.timeout,
                latency:percentile(50), latency:percentile(90), latency:percentile(99),
                latency:percentile(99.9), latency.max))
            end
            """;
    private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\d+)");

    private Wrk() {
    }

    /** Fails with the install command if wrk is not on the PATH. */
    static void requireInstalled() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("wrk is not installed: apt-get install -y wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Result run(URI uri, int connections, int threads, Duration duration) {
        try {
            Path script = Files.createTempFile("radhus-wrk-", ".lua");
            try {
                Files.writeString(script, SCRIPT);
                List<String> command = List.of("wrk", "-c" + connections, "-t" + threads,
                        "-d" + duration.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(),
                        uri.toString());
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("wrk did not finish: " + output);
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + output);
                }
                return parse(output);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run wrk", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the {@code WRK_RESULT} line that the Lua hook printed. */
    static Result parse(String output) {
        String line = output.lines().filter(l -> l.startsWith("WRK_RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No WRK_RESULT line in wrk's output: " + output));
        Map<String, Long> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(line);
        while (matcher.find()) {
            fields.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return new Result(field(fields, "requests"), field(fields, "duration_us") / 1e6, field(fields, "bytes"),
                field(fields, "errors"), field(fields, "p50_us") / 1e3, field(fields, "p90_us") / 1e3,
                field(fields, "p99_us") / 1e3, field(fields, "p999_us") / 1e3, field(fields, "max_us") / 1e3);
    }

    private static long field(Map<String, Long> fields, String name) {
        Long value = fields.get(name);
        if (value == null) {
            throw new IllegalStateException("wrk result without " + name);
        }
        return value;
    }
}
