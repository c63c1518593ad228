package dk.radhus.local;

import java.util.List;

import dk.radhus.testing.server.Directories;

/**
 * {@code --reset}: back to a fresh stack. Deletes all data (PostgreSQL, Kafka, Keycloak's realm database, the demo
 * markers); keeps the unpacked Keycloak program, which holds no state and takes minutes to fetch and rebuild. Logs are
 * not state: every start moves the last run's logs aside anyway.
 */
final class Reset {

    private static final List<String> STATE = List.of("postgres", "kafka", "demo");

    private Reset() {
    }

    static void wipe(LauncherSettings settings) {
        for (String directory : STATE) {
            Directories.deleteRecursively(settings.localDirectory().resolve(directory));
        }
        new KeycloakDistribution(settings).deleteData();
    }
}
