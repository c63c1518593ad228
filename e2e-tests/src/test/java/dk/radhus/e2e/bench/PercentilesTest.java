package dk.radhus.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void shouldTakeTheNearestRankOfTheSortedSamples() {
        List<Duration> samples = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            samples.add(Duration.ofMillis(i));
        }
        Collections.shuffle(samples);

        Percentiles percentiles = Percentiles.of(samples);

        assertThat(percentiles.p50Duration()).isEqualTo(Duration.ofMillis(100));
        assertThat(percentiles.p95Duration()).isEqualTo(Duration.ofMillis(190));
        assertThat(percentiles.maxDuration()).isEqualTo(Duration.ofMillis(200));
        assertThat(percentiles.p95()).isEqualTo("190.0 ms");
    }

    @Test
    void shouldTakeTheOnlySampleForEveryPercentile() {
        Percentiles percentiles = Percentiles.of(List.of(Duration.ofNanos(1_250_000)));

        assertThat(percentiles.p50()).isEqualTo("1.3 ms");
        assertThat(percentiles.p95Duration()).isEqualTo(percentiles.maxDuration());
    }

    @Test
    void shouldRefuseToSummariseNoSamples() {
        assertThatThrownBy(() -> Percentiles.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
