package dk.radhus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void shouldReadTheKernelsEphemeralRangeAndPickDistinctBindablePortsBelowIt() throws IOException {
        // Distinct without a list of taken ports: each pick stays reserved (its lock file) for the JVM's life.
        int ephemeralStart = FreePorts.ephemeralRangeStart();
        assertThat(ephemeralStart).as("the first ephemeral port (Linux: 32768 unless configured)")
                .isBetween(1025, 65535);
        List<Integer> picked = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            picked.add(FreePorts.next());
        }
        assertThat(picked).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isLessThan(ephemeralStart)
                .isGreaterThan(1024));
        assertThat(Path.of(System.getProperty("java.io.tmpdir"), "radhus-ports", picked.get(0) + ".lock"))
                .as("the reservation of a picked port").exists();
        try (ServerSocket socket = new ServerSocket(picked.get(0), 1, InetAddress.getLoopbackAddress())) {
            assertThat(socket.getLocalPort()).isEqualTo(picked.get(0));
        }
    }
}
