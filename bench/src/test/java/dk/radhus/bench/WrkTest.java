package dk.radhus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkTest {

    @Test
    void shouldReadTheResultLineOfTheLuaHook() {
        Wrk.Result result = Wrk.parse("""
                Running 15s test @ http://127.0.0.1:40123/q/health/live
                  2 threads and 64 connections
                WRK_RESULT requests=450000 duration_us=15000000 bytes=122400000 errors=3 p50_us=1300 p90_us=2900 \
                p99_us=9500 p999_us=21000 max_us=50300
                """);

        assertThat(result.requests()).isEqualTo(450_000);
        assertThat(result.seconds()).isEqualTo(15.0);
        assertThat(result.requestsPerSecond()).isEqualTo(30_000.0);
        assertThat(result.errors()).isEqualTo(3);
        assertThat(result.p50Millis()).isEqualTo(1.3);
        assertThat(result.p99Millis()).isEqualTo(9.5);
        assertThat(result.maxMillis()).isEqualTo(50.3);
    }

    @Test
    void shouldFailWithoutAResultLine() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("No WRK_RESULT");
    }
}
