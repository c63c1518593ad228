package dk.radhus.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.SourceLayers;

/**
 * The layers read top-down (docs/ARCHITECTURE.md): rest → service → the rest of the code; messaging → service. Reads
 * the source tree, so it runs in a second without Quarkus.
 */
class LayeringTest {

    private static final SourceLayers LAYERS = SourceLayers.of("dk.radhus.meetings");
    private static final Set<String> SERVICES_AND_ABOVE = Set.of("rest", "messaging", "service");

    @Test
    void shouldKeepServicesFreeOfRestAndMessaging() {
        assertThat(LAYERS.references(layer -> layer.equals("service"), Set.of("rest", "messaging"))).isEmpty();
    }

    @Test
    void shouldLetMessagingCallServicesWithoutTheRestLayer() {
        assertThat(LAYERS.references(layer -> layer.equals("messaging"), Set.of("rest"))).isEmpty();
    }

    /** Entities at the feature root, repositories, config and the rest know nothing of who calls them. */
    @Test
    void shouldKeepEverythingBelowTheServicesFreeOfTheLayersAbove() {
        assertThat(LAYERS.references(layer -> !SERVICES_AND_ABOVE.contains(layer), SERVICES_AND_ABOVE)).isEmpty();
    }
}
