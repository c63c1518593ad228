package dk.radhus.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import dk.radhus.testing.server.Directories;

/**
 * The Keycloak server distribution ({@code org.keycloak:keycloak-quarkus-dist}, a Maven Central artifact) unpacked
 * in {@code .local/keycloak/keycloak-<version>}. Maven fetches it, so that the launcher needs no other download
 * source; its dev database ({@code data/h2}) lives inside that directory.
 */
final class KeycloakDistribution {

    private final LauncherSettings settings;

    KeycloakDistribution(LauncherSettings settings) {
        this.settings = settings;
    }

    Path home() {
        return settings.localDirectory().resolve("keycloak").resolve("keycloak-" + settings.keycloakVersion());
    }

    boolean isUnpacked() {
        return Files.exists(home().resolve("lib/quarkus-run.jar"));
    }

    /** Whether Keycloak has never run here: it then builds itself for dev mode and creates its database first. */
    boolean isFirstStart() {
        return !Files.exists(home().resolve("data/h2"));
    }

    /** The Maven call that resolves the distribution (from ~/.m2 or Maven Central) and unpacks it. */
    List<String> unpackCommand() {
        Path root = settings.repositoryRoot();
        return List.of(root.resolve("mvnw").toString(), "-B", "-q", "-f", root.resolve("local-launcher/pom.xml").toString(),
                "dependency:unpack@keycloak", "-Dradhus.local.dir=" + settings.localDirectory());
    }

    /**
     * Puts the realm file, with the portal's redirect URIs on the portal's port, where {@code --import-realm} reads it;
     * an existing realm is kept (--reset to re-import).
     */
    void installRealm() {
        RealmFile.of(settings).writeFor(settings.portalPort(), home().resolve("data/import/radhus-realm.json"));
    }

    List<String> startCommand() {
        return List.of("sh", home().resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + settings.keycloakPort(), "--import-realm");
    }

    /** Deletes Keycloak's state (realm database) but keeps the unpacked program, which is no state. */
    void deleteData() {
        Directories.deleteRecursively(home().resolve("data"));
    }
}
