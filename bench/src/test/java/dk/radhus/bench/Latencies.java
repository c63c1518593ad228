package dk.radhus.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, with nearest-rank percentiles in milliseconds. */
final class Latencies {

    private final long[] sorted;

    private Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    static Latencies of(long[] nanos) {
        return new Latencies(nanos);
    }

    int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile: the smallest sample that at least {@code percentile} % of samples do not exceed. */
    double millis(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] / 1_000_000.0;
    }

    double maxMillis() {
        return sorted[sorted.length - 1] / 1_000_000.0;
    }
}
