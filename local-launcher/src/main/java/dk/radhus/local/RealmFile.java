package dk.radhus.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm file ({@code deploy/keycloak/radhus-realm.json}) as the launcher imports it: the portal's client
 * ({@code radhus-portal}) gets redirect URIs for the port the portal runs on, which the file has as 8084.
 */
final class RealmFile {

    static final String PATH = "deploy/keycloak/radhus-realm.json";
    static final String PORTAL_CLIENT = "radhus-portal";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ObjectNode realm;

    private RealmFile(Path file, ObjectNode realm) {
        this.file = file;
        this.realm = realm;
    }

    static RealmFile of(LauncherSettings settings) {
        Path file = settings.repositoryRoot().resolve(PATH);
        try {
            return new RealmFile(file, (ObjectNode) JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the realm file " + file, e);
        }
    }

    /** The portal client's secret (a development value in the file; a deployment sets its own). */
    String portalClientSecret() {
        return portalClient().path("secret").asText();
    }

    /** Writes the realm to {@code target} with the portal client's redirect and logout URIs on {@code portalPort}. */
    void writeFor(int portalPort, Path target) {
        ObjectNode portal = portalClient();
        String[] addresses = {"http://127.0.0.1:" + portalPort + "/*", "http://localhost:" + portalPort + "/*"};
        portal.putArray("redirectUris").add(addresses[0]).add(addresses[1]);
        portal.with("attributes").put("post.logout.redirect.uris", addresses[0] + "##" + addresses[1]);
        try {
            Files.createDirectories(target.getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the realm to " + target, e);
        }
    }

    private ObjectNode portalClient() {
        for (JsonNode client : realm.path("clients")) {
            if (PORTAL_CLIENT.equals(client.path("clientId").asText())) {
                return (ObjectNode) client;
            }
        }
        throw new LauncherException(file + " has no client " + PORTAL_CLIENT);
    }
}
