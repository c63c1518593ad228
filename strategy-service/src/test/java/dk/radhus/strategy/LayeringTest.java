package dk.radhus.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.SourceLayers;

/**
 * The layers read top-down (docs/ARCHITECTURE.md): rest → service → the rest of the code; messaging → service. Reads
 * the source tree, so it runs in a second without Quarkus.
 */
class LayeringTest {

    @Test
    void shouldReadTopDown() {
        assertThat(SourceLayers.of("dk.radhus.strategy").topDownViolations()).isEmpty();
    }
}
