package dk.radhus.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.radhus.testing.SourceLayers;

/**
 * Layers read top-down: only {@code rest} knows the REST layer's requests and responses, and only {@code messaging}
 * knows the consumers. Reads the sources, so it runs in a second, without Quarkus.
 */
class LayerDependencyTest {

    private static final SourceLayers LAYERS = SourceLayers.of("dk.radhus.budget");

    @Test
    void shouldImportTheRestLayerOnlyFromTheRestLayer() {
        assertThat(LAYERS.referencesFromOutside("rest"))
                .as("files outside rest that name rest; services take and return domain types").isEmpty();
    }

    @Test
    void shouldImportMessagingOnlyFromMessaging() {
        assertThat(LAYERS.referencesFromOutside("messaging"))
                .as("files outside messaging that name messaging; messaging calls services, never the reverse")
                .isEmpty();
    }
}
