package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldTakeNearestRankPercentilesInMilliseconds() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L;
        }
        Latencies latencies = Latencies.of(nanos);

        assertThat(latencies.millis(50)).isEqualTo(50.0);
        assertThat(latencies.millis(95)).isEqualTo(95.0);
        assertThat(latencies.millis(99.9)).isEqualTo(100.0);
        assertThat(latencies.millis(0)).isEqualTo(1.0);
        assertThat(latencies.maxMillis()).isEqualTo(100.0);
        assertThat(latencies.count()).isEqualTo(100);
    }

    @Test
    void shouldRefuseAnEmptySample() {
        assertThatThrownBy(() -> Latencies.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
