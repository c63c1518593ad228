package dk.radhus.e2e.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Nearest-rank percentiles of measured durations, printed in milliseconds with one decimal. */
record Percentiles(Duration p50Duration, Duration p95Duration, Duration maxDuration) {

    static Percentiles of(List<Duration> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        List<Duration> sorted = samples.stream().sorted().toList();
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), sorted.get(sorted.size() - 1));
    }

    /** The smallest sample with at least {@code percent} % of the samples at or below it. */
    private static Duration rank(List<Duration> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    String p50() {
        return millis(p50Duration);
    }

    String p95() {
        return millis(p95Duration);
    }

    String max() {
        return millis(maxDuration);
    }

    static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1_000_000.0);
    }
}
